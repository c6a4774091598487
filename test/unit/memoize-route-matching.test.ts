import Koa from 'koa';
import request from 'supertest';
import {
  ROUTE_MATCHES_KEPT,
  memoizeRouteMatching,
  type MatchingRouter,
} from '../../cms/src/http/memoize-route-matching';

type Handler = (ctx: Koa.Context) => void;
/** What the test uses of @koa/router's Router (the package has no types). */
interface Router extends MatchingRouter {
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
  use(...middleware: Koa.Middleware[]): void;
  routes(): Koa.Middleware;
  allowedMethods(): Koa.Middleware;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Router = require('@koa/router') as new (opts?: { prefix?: string }) => Router;

/** A router as Strapi builds one: routes with parameters, a nested router mounted under a prefix. */
function routers() {
  const router = new Router();
  router.get('/_health', (ctx) => (ctx.body = 'ok'));
  router.post('/api/bot/ask', (ctx) => (ctx.body = 'ask'));
  router.get('/api/bot/answers/:slug', (ctx) => (ctx.body = `answer ${ctx.params.slug}`));
  router.get('/api/answers/:id', (ctx) => (ctx.body = `entry ${ctx.params.id}`));
  const admin = new Router({ prefix: '/admin' });
  admin.get('/users/:id', (ctx) => (ctx.body = `user ${ctx.params.id}`));
  router.use(admin.routes(), admin.allowedMethods());
  return router;
}

function serve(router: Router) {
  const app = new Koa();
  app.use(router.routes()).use(router.allowedMethods());
  return app.callback();
}

const REQUESTS: Array<[string, string]> = [
  ['POST', '/api/bot/ask'],
  ['GET', '/api/bot/ask'],
  ['GET', '/api/bot/answers/hammashoito'],
  ['GET', '/api/bot/answers/kela'],
  ['GET', '/api/answers/12'],
  ['GET', '/admin/users/3'],
  ['DELETE', '/admin/users/3'],
  ['GET', '/nothing'],
  ['GET', `/api/bot/answers/${'a'.repeat(300)}`],
];

/** A memoized router, and how many times the router's own matching ran. */
function countingMatches() {
  const router = routers();
  const calls = { count: 0 };
  const original = router.match.bind(router);
  router.match = (path, method) => {
    calls.count++;
    return original(path, method);
  };
  memoizeRouteMatching(router);
  return { router, calls };
}

describe('memoizeRouteMatching', () => {
  it('answers every request as the router without it does, twice over (matched, then kept)', async () => {
    const plain = serve(routers());
    const memoized = routers();
    memoizeRouteMatching(memoized);
    const served = serve(memoized);
    for (let round = 0; round < 2; round++)
      for (const [method, path] of REQUESTS) {
        const send = (s: typeof plain) => request(s)[method.toLowerCase() as 'get'](path);
        const [expected, got] = [await send(plain), await send(served)];
        expect([method, path, got.status, got.text, got.headers.allow]).toEqual([
          method,
          path,
          expected.status,
          expected.text,
          expected.headers.allow,
        ]);
      }
  });

  it('matches each method and path once, and again after a route is added', () => {
    const { router, calls } = countingMatches();
    const first = router.match('/api/bot/ask', 'POST');
    router.match('/api/bot/ask', 'POST');
    router.match('/api/bot/ask', 'GET');
    expect(calls.count).toBe(2);
    expect(first.route).toBe(true);
    // Each request gets its own path list: the router adds to it when several routers match.
    const layers = first.path.length;
    first.path.push(first.path[0]);
    expect(router.match('/api/bot/ask', 'POST').path).toHaveLength(layers);
    router.get('/api/bot/extra', (ctx) => (ctx.body = 'x'));
    expect(router.match('/api/bot/extra', 'GET').route).toBe(true);
    router.match('/api/bot/ask', 'POST');
    expect(calls.count).toBe(4);
  });

  it('keeps at most ROUTE_MATCHES_KEPT paths, and matches long paths every time', () => {
    const { router, calls } = countingMatches();
    for (let i = 0; i <= ROUTE_MATCHES_KEPT; i++) router.match(`/api/answers/${i}`, 'GET');
    expect(calls.count).toBe(ROUTE_MATCHES_KEPT + 1);
    router.match('/api/answers/0', 'GET'); // the oldest was dropped
    router.match(`/api/answers/${ROUTE_MATCHES_KEPT}`, 'GET');
    expect(calls.count).toBe(ROUTE_MATCHES_KEPT + 2);
    const long = `/api/bot/answers/${'a'.repeat(300)}`;
    router.match(long, 'GET');
    router.match(long, 'GET');
    expect(calls.count).toBe(ROUTE_MATCHES_KEPT + 4);
  });
});
