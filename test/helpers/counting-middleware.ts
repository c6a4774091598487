type Middleware<C> = (ctx: C, next: () => Promise<void>) => unknown;
type Factory<C> = (config: unknown, ctx: { strapi: unknown }) => Middleware<C>;

/**
 * A Strapi middleware factory whose middlewares count the requests they are handed: what a middleware of
 * ours that replaces one of Strapi's (and delegates some requests to it) hands on.
 */
export function countingMiddleware<C>(factory: Factory<C>): { factory: Factory<C>; handed: { count: number } } {
  const handed = { count: 0 };
  const counting: Factory<C> = (config, ctx) => {
    const theirs = factory(config, ctx);
    return (context, next) => {
      handed.count++;
      return theirs(context, next);
    };
  };
  return { factory: counting, handed };
}
