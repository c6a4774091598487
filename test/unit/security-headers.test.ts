import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { securityHeaders } from '../../cms/src/security/build-security-headers-once';

// Strapi's own middleware, as `strapi::security` is registered (not among the package's exports: read by path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { security: strapiSecurity } = require(
  join(__dirname, '../../node_modules/@strapi/core/dist/middlewares/security.js'),
);

type Middleware = (ctx: object, next: () => Promise<void>) => Promise<unknown>;

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

describe('securityHeaders (strapi::security with its helmet instance built once)', () => {
  const ours = securityHeaders(strapiSecurity)({}, { strapi } as never) as Middleware;
  const theirs = strapiSecurity({}, { strapi }) as Middleware;

  it.each([
    ['POST', '/api/bot/ask'],
    ['GET', '/api/answers'],
    ['GET', '/analytics-api/summary'],
    ['GET', '/admin/content-manager'],
    ['GET', '/documentation/v1'],
  ])('sets the headers strapi::security sets on %s %s', async (method, path) => {
    const expected = await headersOf(theirs, method, path);
    const got = await headersOf(ours, method, path);
    expect(Object.keys(expected.headers).length).toBeGreaterThan(5);
    expect(got.headers).toEqual(expected.headers);
    expect(got.nextCalled).toBe(true);
  });
});
