import type { Core } from '@strapi/strapi';
import helmet from 'helmet';
import { SECURITY_HEADERS_POLICY } from './security-headers-policy';

/** What the security middleware reads of a request. */
export interface SecurityContext {
  method: string;
  path: string;
  req: Parameters<ReturnType<typeof helmet>>[0];
  res: Parameters<ReturnType<typeof helmet>>[1];
}
type Middleware = (ctx: SecurityContext, next: () => Promise<void>) => Promise<unknown>;
type MiddlewareFactory = (config: unknown, ctx: { strapi: Core.Strapi }) => Middleware;

/**
 * `strapi::security` with the same headers (SECURITY_HEADERS_POLICY) from a helmet instance built once.
 * Strapi's builds one for every request (its configuration merged again, each header's handler set up
 * again: ~0.3 ms of every bot ask, measured with `npm run bench`). The GET requests for which Strapi
 * widens its policy by path (its documentation plugin's pages, the admin panel under `strapi develop`,
 * a GraphQL playground) still go through Strapi's own. The middleware keeps its name, which Strapi
 * requires in config/middlewares.ts; `strapiSecurity` is Strapi's factory (see buildSecurityHeadersOnce).
 */
export function securityHeaders(strapiSecurity: MiddlewareFactory): MiddlewareFactory {
  return (config, { strapi }) => {
    const headers = helmet(SECURITY_HEADERS_POLICY);
    const theirs = strapiSecurity(config, { strapi });
    const adminPath = strapi.config.get<string>('admin.path', '/admin');
    const development = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
    const widened = (ctx: SecurityContext) =>
      strapi.plugin('graphql') !== undefined ||
      (ctx.method === 'GET' &&
        (ctx.path.startsWith('/documentation') || (development && ctx.path.startsWith(adminPath))));
    return (ctx, next) => {
      if (widened(ctx)) return theirs(ctx, next);
      return new Promise<void>((resolve, reject) =>
        headers(ctx.req, ctx.res, (error?: unknown) => (error ? reject(error) : resolve())),
      ).then(next);
    };
  };
}

/** Puts securityHeaders in place of Strapi's `strapi::security` (in `register()`). */
export function buildSecurityHeadersOnce(strapi: Core.Strapi): void {
  strapi
    .get('middlewares')
    .extend('strapi::security', (strapiSecurity: MiddlewareFactory) => securityHeaders(strapiSecurity));
}
