import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { securityHeaders } from '../../cms/src/security/build-security-headers-once';
import { countingMiddleware } from '../helpers/counting-middleware';

// Strapi's own middleware, as `strapi::security` is registered (not among the package's exports: read by path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { security: strapiSecurity } = require(
  join(__dirname, '../../node_modules/@strapi/core/dist/middlewares/security.js'),
);

type Middleware = (ctx: object, next: () => Promise<void>) => Promise<unknown>;
type Factory = (config: unknown, ctx: { strapi: unknown }) => Middleware;

/** A strapi with what both middlewares read: the admin path, no GraphQL. */
const strapi = {
  config: { get: (_key: string, fallback?: unknown) => fallback ?? '/admin' },
  plugin: () => undefined,
};

/** The headers a middleware sets on a response to `method path`, and whether it called the next one. */
async function headersOf(middleware: Middleware, method: string, path: string) {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.url = path;
  const res = new ServerResponse(req);
  let nextCalled = false;
  await middleware({ method, path, req, res }, async () => {
    nextCalled = true;
  });
  return { headers: res.getHeaders(), nextCalled };
}

/** Ours, and how many requests it handed to Strapi's own middleware. */
function ours(config: unknown) {
  const { factory: counting, handed } = countingMiddleware(strapiSecurity as Factory);
  const middleware = securityHeaders(counting as never)(config, { strapi } as never) as Middleware;
  return { middleware, handed };
}

/** Runs `work` with NODE_ENV set (both middlewares read it per request). */
async function withNodeEnv<T>(value: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = value;
  try {
    return await work();
  } finally {
    process.env.NODE_ENV = before;
  }
}

describe('securityHeaders (strapi::security with its helmet instance built once)', () => {
  it.each([
    ['production', 'POST', '/api/bot/ask', false],
    ['production', 'GET', '/api/answers', false],
    ['production', 'GET', '/admin/content-manager', false],
    ['production', 'GET', '/analytics/', false],
    ['test', 'POST', '/admin/login', false],
    ['test', 'GET', '/admin/content-manager', true],
    ['production', 'GET', '/documentation/v1', true],
  ])(
    'in %s, sets the headers strapi::security sets on %s %s (handed to Strapi: %s)',
    async (env, method, path, widened) =>
      withNodeEnv(env, async () => {
        const { middleware, handed } = ours({});
        const expected = await headersOf(strapiSecurity({}, { strapi }), method, path);
        const got = await headersOf(middleware, method, path);
        expect(Object.keys(expected.headers).length).toBeGreaterThan(5);
        expect(got.headers).toEqual(expected.headers);
        expect(got.nextCalled).toBe(true);
        expect(handed.count).toBe(widened ? 1 : 0);
      }),
  );

  it("merges the middleware's configuration as Strapi does (e.g. the preview's frame-src)", async () => {
    const config = {
      contentSecurityPolicy: { directives: { 'frame-src': ["'self'", 'https://preview.example.fi'] } },
      hsts: { maxAge: 600 },
    };
    const { middleware, handed } = ours(config);
    const expected = await headersOf(strapiSecurity(config, { strapi }), 'POST', '/api/bot/ask');
    const got = await headersOf(middleware, 'POST', '/api/bot/ask');
    expect(expected.headers['content-security-policy']).toContain('frame-src');
    expect(got.headers).toEqual(expected.headers);
    expect(handed.count).toBe(0);
  });
});
