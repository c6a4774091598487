import type { Core } from '@strapi/strapi';
import type { SearchService } from './search/search-service';
import type { BotService } from './bot/bot-service';
import type { AnalyticsService } from './analytics/analytics-service';
import type { ChangeBus } from './cluster/change-bus';
import type { QuestionBank } from './question-bank/question-bank';

/** Names under which the app's long-lived services sit in Strapi's container. */
export const SEARCH_SERVICE = 'botkb-search';
export const BOT_SERVICE = 'botkb-bot';
export const ANALYTICS_SERVICE = 'botkb-analytics';
export const CHANGE_BUS = 'botkb-changes';
export const QUESTION_BANK_SERVICE = 'botkb-question-bank';

export const searchService = (strapi: Core.Strapi): SearchService => strapi.get(SEARCH_SERVICE);
export const botService = (strapi: Core.Strapi): BotService => strapi.get(BOT_SERVICE);
export const analyticsService = (strapi: Core.Strapi): AnalyticsService => strapi.get(ANALYTICS_SERVICE);
export const changeBus = (strapi: Core.Strapi): ChangeBus => strapi.get(CHANGE_BUS);
export const questionBank = (strapi: Core.Strapi): QuestionBank => strapi.get(QUESTION_BANK_SERVICE);
