import { errors } from '@strapi/utils';

interface RateLimitedContext {
  /** Set by koa2-ratelimit before it calls the handler: when the window resets (epoch seconds). */
  state: { rateLimit?: { reset: number } };
  set(field: string, value: string): void;
}

/**
 * The handler of Strapi's admin-auth rate limit (login, registration, password reset): its own
 * answers 429 without saying when to retry. This one adds Retry-After, the seconds until the
 * client's window resets, and throws the same RateLimitError (429) with `details.retryAfter`.
 */
export function refuseLoginWithRetryAfter(ctx: RateLimitedContext): never {
  const resetAt = ctx.state.rateLimit?.reset ?? 0;
  const retryAfter = Math.max(1, resetAt - Math.floor(Date.now() / 1000));
  ctx.set('Retry-After', String(retryAfter));
  throw new errors.RateLimitError(`Too many attempts; retry in ${retryAfter} s`, { retryAfter });
}
