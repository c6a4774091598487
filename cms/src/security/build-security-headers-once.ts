import type { Core } from '@strapi/strapi';
import fp from 'lodash/fp';
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
 * `strapi::security` with the same headers from a helmet instance built once. Strapi's builds one for
 * every request (its configuration merged again, each header's handler set up again: 0.34 ms of every
 * bot ask before the controller, 0.06 ms now; per-step timers, see README). The policy is Strapi's:
 * its defaults (SECURITY_HEADERS_POLICY) under the middleware's configuration, merged as Strapi merges
 * them (Strapi's own features add to it, e.g. the preview's frame-src). The GET requests for which
 * Strapi widens that policy by path (its documentation plugin's pages, the admin panel under
 * `strapi develop`, and any GET while a GraphQL plugin is installed) still go through Strapi's own
 * middleware. It keeps its name, which Strapi requires in config/middlewares.ts.
 */
export function securityHeaders(strapiSecurity: MiddlewareFactory): MiddlewareFactory {
  return (config, { strapi }) => {
    const headers = helmet(fp.defaultsDeep(SECURITY_HEADERS_POLICY, config ?? {}));
    const theirs = strapiSecurity(config, { strapi });
    const adminPath = strapi.config.get<string>('admin.path', '/admin');
    const graphql = strapi.plugin('graphql') !== undefined;
    const widened = (ctx: SecurityContext) => {
      if (ctx.method !== 'GET') return false;
      // Strapi reads NODE_ENV per request.
      const development = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
      return graphql || ctx.path.startsWith('/documentation') || (development && ctx.path.startsWith(adminPath));
    };
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
