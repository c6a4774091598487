import type { Core } from '@strapi/strapi';
import { botService } from '../../../services';

/** 429 with Retry-After when a client (API token, else IP) exceeds its rate. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = botService(strapi).limiter;
  return async (ctx: any, next: () => Promise<void>) => {
    const client: string = ctx.state.botClientId ?? `ip:${ctx.request.ip}`;
    const wait = limiter.take(client);
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      ctx.status = 429;
      ctx.body = { data: null, error: { status: 429, name: 'TooManyRequestsError', message: `Rate limit exceeded; retry in ${wait} s`, details: { retryAfter: wait } } };
      return;
    }
    await next();
  };
};
