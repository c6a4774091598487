import type { Core } from '@strapi/strapi';
import { botService } from '../../../services';
import { respondTooManyRequests } from '../../../respond-too-many-requests';

/** 429 with Retry-After when a client (API token, else IP) exceeds its rate. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = botService(strapi).limiter;
  return async (ctx: any, next: () => Promise<void>) => {
    const client: string = ctx.state.botClientId ?? `ip:${ctx.request.ip}`;
    const wait = await limiter.take(client);
    if (wait > 0) return respondTooManyRequests(ctx, wait);
    await next();
  };
};
