import type { Core } from '@strapi/strapi';
import { pathValidationMiddleware } from './guidance/path-validation-middleware';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureManagerRole } from './bootstrap/ensure-manager-role';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(pathValidationMiddleware);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureManagerRole(strapi);
  },
};
