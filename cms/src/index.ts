import type { Core } from '@strapi/strapi';
import { pathValidationMiddleware } from './guidance/path-validation-middleware';
import { createSharedFieldsMiddleware } from './i18n/shared-fields-middleware';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(createSharedFieldsMiddleware(strapi));
    strapi.documents.use(pathValidationMiddleware);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureRoles(strapi);
  },
};
