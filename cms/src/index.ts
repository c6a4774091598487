import type { Core } from '@strapi/strapi';
import { pathValidationMiddleware } from './guidance/path-validation-middleware';
import { createSharedFieldsMiddleware } from './i18n/shared-fields-middleware';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { registerSearch, getSearch } from './search/search-service';
import { registerBot, getBot } from './bot/bot-service';
import { TRIGGER_UID } from './search/knowledge-uids';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(createSharedFieldsMiddleware(strapi));
    strapi.documents.use(pathValidationMiddleware);
    const search = registerSearch(strapi);
    const bot = registerBot(strapi);
    // Reachable as strapi.get('botkb-search') / strapi.get('botkb-bot') for scripts and tests.
    strapi.add('botkb-search', () => search);
    strapi.add('botkb-bot', () => bot);
    strapi.documents.use(async (context, next) => {
      const result = await next();
      if (context.uid === TRIGGER_UID && context.action !== 'findMany' && context.action !== 'findOne' && context.action !== 'findFirst' && context.action !== 'count') getBot().triggersChanged();
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureRoles(strapi);
    getSearch().start();
  },

  async destroy() {
    await getSearch().stop();
    await getBot().stop();
  },
};
