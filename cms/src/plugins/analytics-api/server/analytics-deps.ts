import type { AnalyticsRole } from '@botkb/contract';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import type { BotService } from '../../../bot/bot-service';
import type { QuestionBank } from '../../../question-bank/question-bank';
import type { SearchService } from '../../../search/search-service';

/** The services the analytics controllers call (built in the CMS's register(), see cms/src/index.ts). */
export interface AnalyticsDeps {
  analytics: AnalyticsService;
  bot: BotService;
  bank: QuestionBank;
  /** The published index's runtime (its vocabulary), for merge suggestions. */
  search: SearchService;
}

/** A controller action: runs after the route's access checks, with the caller's analytics role. */
export type AnalyticsAction = (ctx: any, role: AnalyticsRole) => Promise<void>;
