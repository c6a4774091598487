import type { Core } from '@strapi/strapi';
import { checkContentSort } from '../http/check-content-sort';
import { checkContentFields } from '../http/check-content-fields';

/** `global::check-content-query`: content-API query parameters Strapi would turn into a 500 are a 400 first. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;
  return async (ctx: { path: string; query: Record<string, unknown> }, next: () => Promise<void>) => {
    if (ctx.path.startsWith(prefix)) {
      checkContentSort(ctx.query);
      checkContentFields(ctx.query);
    }
    await next();
  };
};
