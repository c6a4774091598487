import type { Core } from '@strapi/strapi';
import fp from 'lodash/fp';
import { koaBody } from 'koa-body';

/** What the body middleware reads of a request. */
export type BodyContext = Parameters<ReturnType<typeof koaBody>>[0];
type Middleware = (ctx: BodyContext, next: () => Promise<void>) => Promise<unknown>;
type MiddlewareFactory = (config: unknown, ctx: { strapi: Core.Strapi }) => Middleware;

/** Strapi's own defaults for koa-body, under the middleware's configuration. */
const STRAPI_BODY_DEFAULTS = { multipart: true, patchKoa: true };

/**
 * `strapi::body` with koa-body built once. Strapi's builds koa-body for every request, and koa-body
 * checks its options against its zod schema each time it is built: 0.15 ms of every request, the bot's
 * ask included (CPU profile, see README). The options are Strapi's (its defaults under the middleware's
 * configuration, merged as Strapi merges them), so a body parses the same, and a bad option fails at
 * start instead of on each request. Uploads (multipart: Strapi sets their files' types and removes the
 * temporary files afterwards) and a GraphQL plugin's endpoint still go through Strapi's own middleware.
 * It keeps its name, which Strapi requires in config/middlewares.ts.
 */
export function bodyParser(strapiBody: MiddlewareFactory): MiddlewareFactory {
  return (config, { strapi }) => {
    const parse = koaBody(fp.defaultsDeep(STRAPI_BODY_DEFAULTS, config ?? {}));
    const theirs = strapiBody(config, { strapi });
    const graphql = strapi.plugin('graphql')?.config<string>('endpoint');
    return async (ctx, next) => {
      if (ctx.is('multipart') || (graphql !== undefined && ctx.url === graphql)) return theirs(ctx, next);
      await parse(ctx, async () => undefined);
      await next();
    };
  };
}

/** Puts bodyParser in place of Strapi's `strapi::body` (in `register()`). */
export function buildBodyParserOnce(strapi: Core.Strapi): void {
  strapi.get('middlewares').extend('strapi::body', (strapiBody: MiddlewareFactory) => bodyParser(strapiBody));
}
