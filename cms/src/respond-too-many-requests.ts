/** The 429 every rate-limited API answers with: `Retry-After` and Strapi's error body naming the wait. */
export function respondTooManyRequests(
  ctx: { set(name: string, value: string): void; status: number; body: unknown },
  wait: number,
): void {
  ctx.set('Retry-After', String(wait));
  ctx.status = 429;
  ctx.body = {
    data: null,
    error: {
      status: 429,
      name: 'TooManyRequestsError',
      message: `Rate limit exceeded; retry in ${wait} s`,
      details: { retryAfter: wait },
    },
  };
}
