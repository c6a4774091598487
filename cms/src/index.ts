import type { Core } from '@strapi/strapi';
import { pathValidationMiddleware } from './guidance/path-validation-middleware';
import { createSharedFieldsMiddleware } from './i18n/shared-fields-middleware';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { SearchService } from './search/search-service';
import { BotService } from './bot/bot-service';
import { BOT_SERVICE, SEARCH_SERVICE, botService, searchService } from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(createSharedFieldsMiddleware(strapi));
    strapi.documents.use(pathValidationMiddleware);
    const search = new SearchService(strapi);
    const bot = new BotService(strapi, search);
    strapi.documents.use(bot.watchTriggers);
    // Reachable as strapi.get('botkb-search') / strapi.get('botkb-bot') from controllers, scripts and tests.
    strapi.add(SEARCH_SERVICE, () => search);
    strapi.add(BOT_SERVICE, () => bot);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureRoles(strapi);
    searchService(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await searchService(strapi).stop();
    await botService(strapi).stop();
  },
};
