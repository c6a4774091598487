import { BoundedCache } from '@botkb/search';

/** What a @koa/router route list needs to match a request (one layer per route). */
export interface RouteLayer {
  match(path: string): boolean;
}
interface Matched<L> {
  path: L[];
  pathAndMethod: L[];
  route: boolean;
}
/** The part of a @koa/router Router that matching uses. */
export interface MatchingRouter<L extends RouteLayer = RouteLayer> {
  stack: L[];
  match(path: string, method: string): Matched<L>;
}

/** Paths kept at most: the API's fixed paths and the recent ones with parameters (a slug, an id). */
export const ROUTE_MATCHES_KEPT = 2_000;
/** Longer paths are matched every time (kept ones' keys stay small whatever clients send). */
const LONGEST_KEPT_PATH = 256;

/**
 * Keeps the router's matches by method and path. @koa/router tests every route's regular expression
 * against every request's path (Strapi has ~900 routes with the admin panel's: 0.19 ms of every
 * request, the bot's ask included; CPU profile, see README). A match depends only on the path, the
 * method and the route list, so it is kept until the route list changes (routes are added at start, to
 * its end: its length or its last route changes). Each request gets its own copy of the kept path list (the router
 * adds to it when several routers match); the other list is only read.
 */
export function memoizeRouteMatching<L extends RouteLayer>(router: MatchingRouter<L>): void {
  const match = router.match.bind(router);
  const kept = new BoundedCache<string, Matched<L>>(ROUTE_MATCHES_KEPT);
  let routes = 0;
  let last: L | undefined;
  router.match = (path, method) => {
    if (path.length > LONGEST_KEPT_PATH) return match(path, method);
    const { stack } = router;
    if (stack.length !== routes || stack[stack.length - 1] !== last) {
      kept.clear();
      routes = stack.length;
      last = stack[stack.length - 1];
    }
    const key = `${method} ${path}`;
    let matched = kept.get(key);
    if (!matched) kept.set(key, (matched = match(path, method)));
    return { path: [...matched.path], pathAndMethod: matched.pathAndMethod, route: matched.route };
  };
}
