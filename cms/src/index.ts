import type { Core } from '@strapi/strapi';
import { createPathValidationMiddleware } from './guidance/path-validation-middleware';
import { createOptionKeyMiddleware } from './guidance/option-key-middleware';
import { pathProblemRoutes } from './guidance/path-problem-routes';
import { designerRoutes } from './designer/designer-routes';
import { createSharedFieldsMiddleware } from './i18n/shared-fields-middleware';
import { createPathLockstepMiddleware } from './i18n/path-lockstep-middleware';
import { createSharedSlugMiddleware } from './slugs/shared-slug-middleware';
import { configureSlugFields } from './slugs/configure-slug-fields';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { applyFieldLabels } from './admin-labels/apply-field-labels';
import { SearchService } from './search/search-service';
import { BotService } from './bot/bot-service';
import { AnalyticsService } from './analytics/analytics-service';
import { createPublicationHistoryMiddleware } from './analytics/publication-history';
import { serveAnalyticsUi } from './analytics/serve-analytics-ui';
import { onDocumentWrite } from './documents/on-document-write';
import { PARTNER_UID } from './content-uids';
import { hideInternalTypes } from './security/hide-internal-types';
import { createPublishedOnlyMiddleware } from './security/published-only-middleware';
import { equalizeLoginWork } from './security/equalize-login-work';
import { buildSecurityHeadersOnce } from './security/build-security-headers-once';
import { buildBodyParserOnce } from './http/build-body-parser-once';
import { memoizeRouteMatching, type MatchingRouter } from './http/memoize-route-matching';
import { ChangeBus } from './cluster/change-bus';
import { drainOnSignal } from './cluster/drain-on-signal';
import { QuestionBank } from './question-bank/question-bank';
import { watchPublishing } from './question-bank/watch-publishing';
import {
  ANALYTICS_SERVICE,
  BOT_SERVICE,
  CHANGE_BUS,
  QUESTION_BANK_SERVICE,
  SEARCH_SERVICE,
  analyticsService,
  botService,
  changeBus,
  questionBank,
  searchService,
} from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    hideInternalTypes(strapi);
    equalizeLoginWork(strapi);
    buildSecurityHeadersOnce(strapi);
    buildBodyParserOnce(strapi);
    memoizeRouteMatching(strapi.server.router as unknown as MatchingRouter);
    strapi.documents.use(createPublishedOnlyMiddleware(strapi));
    configureSlugFields(strapi);
    strapi.documents.use(createSharedFieldsMiddleware(strapi));
    strapi.documents.use(createSharedSlugMiddleware(strapi));
    strapi.documents.use(createOptionKeyMiddleware(strapi));
    strapi.documents.use(createPathValidationMiddleware(strapi));
    strapi.documents.use(createPathLockstepMiddleware(strapi));
    strapi.server.routes(pathProblemRoutes(strapi) as never);
    strapi.server.routes(designerRoutes(strapi) as never);
    // Every instance's derived state (search statistics, answer cache, triggers, tokens, report titles)
    // follows changes made through any instance: see cluster/change-bus.ts.
    const changes = new ChangeBus(strapi, { pollMs: strapi.config.get<number>('cluster.changePollMs') });
    const search = new SearchService(strapi, changes);
    const analytics = new AnalyticsService(strapi, changes);
    const bot = new BotService(strapi, search, changes, {
      hashSessionId: (id) => analytics.hashSessionId(id),
      onRecorded: () => analytics.askRollups.schedule(),
    });
    strapi.documents.use(bot.watchTriggers);
    strapi.documents.use(createPublicationHistoryMiddleware(strapi, () => changes.changed('catalog')));
    // Reports show partner names: a renamed partner shows at once.
    strapi.documents.use(onDocumentWrite(PARTNER_UID, () => changes.changed('catalog')));
    const bank = new QuestionBank(strapi, {
      ...(strapi.config.get('question-bank') as { debounceMs: number; syncWaitMs: number }),
      asker: (content) => bot.asker(content),
      pendingSync: (content) => search.of(content).queue.size(),
      instance: strapi.config.get<string>('cluster.instanceName'),
    });
    strapi.documents.use(watchPublishing(() => bank.scheduleAfterPublish()));
    serveAnalyticsUi(strapi);
    // Reachable as strapi.get('botkb-search') / strapi.get('botkb-bot') from controllers, scripts and tests.
    strapi.add(SEARCH_SERVICE, () => search);
    strapi.add(BOT_SERVICE, () => bot);
    strapi.add(ANALYTICS_SERVICE, () => analytics);
    strapi.add(CHANGE_BUS, () => changes);
    drainOnSignal(strapi, {
      isReady: () => search.runtime === null || search.runtime.ready,
      delayMs: strapi.config.get<number>('cluster.delayMs'),
      drainMs: strapi.config.get<number>('cluster.drainMs'),
    });
    strapi.add(QUESTION_BANK_SERVICE, () => bank);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // First: what the steps below load is at least as new as the revisions read here.
    await changeBus(strapi).start();
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
    await changeBus(strapi).stop();
  },
};
