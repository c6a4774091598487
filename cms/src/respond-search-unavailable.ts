/** The 503 of endpoints that need search while it is starting or unreachable. */
export function respondSearchUnavailable(ctx: {
  set(name: string, value: string): void;
  status: number;
  body: unknown;
}): void {
  ctx.status = 503;
  ctx.set('Retry-After', '5');
  ctx.body = {
    data: null,
    error: {
      status: 503,
      name: 'ServiceUnavailableError',
      message: 'Search is starting or unreachable; retry shortly',
      details: {},
    },
  };
}
