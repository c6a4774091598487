import type { Core } from '@strapi/strapi';
import { createClientRateLimit } from '../cluster/client-rate-limit';
import { respondTooManyRequests } from '../respond-too-many-requests';

export interface TokenFailureLimitConfig {
  /** Failed authentications (401) a client IP may make per window. */
  max: number;
  windowSec: number;
}

/**
 * Global middleware: an IP whose requests to the REST API (content API and bot endpoints)
 * failed authentication (401: unknown, malformed or expired token) `max` times within
 * `windowSec` gets 429 with Retry-After on every REST request until its allowance refills,
 * valid tokens included — otherwise a 200 among the 429s would still confirm a guessed token.
 * Installed before strapi::errors, so it sees the status of every error response.
 */
export default (config: TokenFailureLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const perSecond = config.max / config.windowSec;
  const failures = createClientRateLimit(strapi, { name: 'auth-failures', perSecond, burst: config.max });
  const prefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}/`;
  return async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(prefix)) return next();
    const client: string = ctx.request.ip;
    const wait = await failures.peek(client);
    if (wait > 0) return respondTooManyRequests(ctx, wait);
    await next();
    if (ctx.status === 401) await failures.take(client);
  };
};
