import type { Core } from '@strapi/strapi';
import { createPathValidationMiddleware } from './guidance/path-validation-middleware';
import { pathProblemRoutes } from './guidance/path-problem-routes';
import { createSharedFieldsMiddleware } from './i18n/shared-fields-middleware';
import { createSharedSlugMiddleware } from './slugs/shared-slug-middleware';
import { configureSlugFields } from './slugs/configure-slug-fields';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { applyFieldLabels } from './admin-labels/apply-field-labels';
import { SearchService } from './search/search-service';
import { BotService } from './bot/bot-service';
import { AnalyticsService } from './analytics/analytics-service';
import { analyticsRoutes } from './analytics/analytics-routes';
import { createPublicationHistoryMiddleware } from './analytics/publication-history';
import { serveAnalyticsUi } from './analytics/serve-analytics-ui';
import { onDocumentWrite } from './documents/on-document-write';
import { PARTNER_UID } from './content-uids';
import { hideInternalTypes } from './security/hide-internal-types';
import { createPublishedOnlyMiddleware } from './security/published-only-middleware';
import { equalizeLoginWork } from './security/equalize-login-work';
import { QuestionBank } from './question-bank/question-bank';
import { watchPublishing } from './question-bank/watch-publishing';
import {
  ANALYTICS_SERVICE, BOT_SERVICE, QUESTION_BANK_SERVICE, SEARCH_SERVICE, analyticsService, botService, questionBank,
  searchService,
} from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    hideInternalTypes(strapi);
    equalizeLoginWork(strapi);
    strapi.documents.use(createPublishedOnlyMiddleware(strapi));
    configureSlugFields(strapi);
    strapi.documents.use(createSharedFieldsMiddleware(strapi));
    strapi.documents.use(createSharedSlugMiddleware(strapi));
    strapi.documents.use(createPathValidationMiddleware(strapi));
    strapi.server.routes(pathProblemRoutes(strapi) as never);
    const search = new SearchService(strapi);
    const bot = new BotService(strapi, search);
    strapi.documents.use(bot.watchTriggers);
    const analytics = new AnalyticsService(strapi);
    strapi.documents.use(createPublicationHistoryMiddleware(strapi, () => { analytics.catalog.revision += 1; }));
    // Reports show partner names: a renamed partner shows at once.
    strapi.documents.use(onDocumentWrite(PARTNER_UID, () => { analytics.catalog.revision += 1; }));
    const bank = new QuestionBank(strapi, {
      ...(strapi.config.get('question-bank') as { debounceMs: number; syncWaitMs: number }),
      asker: (content) => bot.asker(content),
      pendingSync: (content) => search.of(content).queue.size(),
    });
    strapi.documents.use(watchPublishing(() => bank.scheduleAfterPublish()));
    strapi.server.routes(analyticsRoutes(analytics, bot, bank) as never);
    serveAnalyticsUi(strapi);
    // Reachable as strapi.get('botkb-search') / strapi.get('botkb-bot') from controllers, scripts and tests.
    strapi.add(SEARCH_SERVICE, () => search);
    strapi.add(BOT_SERVICE, () => bot);
    strapi.add(ANALYTICS_SERVICE, () => analytics);
    strapi.add(QUESTION_BANK_SERVICE, () => bank);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await analyticsService(strapi).init();
    await ensureLocales(strapi);
    await ensureRoles(strapi);
    await applyFieldLabels(strapi);
    botService(strapi).watchTokens();
    searchService(strapi).start();
    await questionBank(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await questionBank(strapi).stop();
    await searchService(strapi).stop();
    await botService(strapi).stop();
    await analyticsService(strapi).stop();
  },
};
