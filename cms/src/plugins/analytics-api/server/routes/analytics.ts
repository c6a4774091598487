import type { Core } from '@strapi/strapi';
import { analyticsService, botService, questionBank, searchService } from '../../../../services';
import { analyticsControllers } from '../controllers';
import { analyticsRoute } from '../analytics-route';

/**
 * The analytics REST API at /analytics-api: an admin router, so it takes the admin panel's session
 * (JWT) and not API tokens. Instantiated when Strapi registers its routes, after the CMS's
 * register() has built the services the controllers call.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const analytics = analyticsService(strapi);
  const deps = { analytics, bot: botService(strapi), bank: questionBank(strapi), search: searchService(strapi) };
  const c = analyticsControllers(deps);
  const route = analyticsRoute(analytics);
  return {
    type: 'admin' as const,
    prefix: '/analytics-api',
    routes: [
      route('GET', '/me', c.settings.me),
      route('GET', '/monthly-usage', c.reports.monthlyUsage, { asks: true }),
      route('GET', '/content-counts', c.reports.contentCounts),
      route('GET', '/path-performance', c.reports.pathPerformance),
      route('GET', '/path-branches', c.reports.pathBranches),
      route('GET', '/answer-performance', c.reports.answerPerformance),
      route('GET', '/unanswered-trend', c.reports.unansweredTrend, { asks: true }),
      route('GET', '/unanswered', c.unanswered.list, { asks: true }),
      route('GET', '/unanswered/:id', c.unanswered.get, { asks: true }),
      route('GET', '/unanswered/:id/similar', c.unanswered.similar, { asks: true }),
      route('PUT', '/unanswered/:id', c.unanswered.update, { asks: true }),
      route('POST', '/unanswered/bulk', c.unanswered.bulk, { asks: true }),
      route('POST', '/unanswered/merge', c.unanswered.merge, { asks: true }),
      route('POST', '/unanswered/:id/move', c.unanswered.move, { asks: true }),
      route('POST', '/unanswered/:id/answer', c.unanswered.createAnswer, { asks: true }),
      route('GET', '/partner-clicks', c.reports.partnerClicks),
      route('GET', '/handoffs', c.reports.handoffs),
      route('GET', '/savings', c.reports.savings, { asks: true }),
      route('GET', '/feedback-comments', c.reports.feedbackComments),
      route('GET', '/headline', c.reports.headline, { asks: true }),
      route('GET', '/savings-parameters', c.settings.savingsParameters),
      route('PUT', '/savings-parameters', c.settings.updateSavingsParameters),
      route('GET', '/test-clients', c.settings.testClients),
      route('PUT', '/test-clients/:tokenId', c.settings.markTestClient),
      route('POST', '/try', c.workbench.try),
      route('GET', '/content-health', c.reports.contentHealth, { asks: true }),
      route('POST', '/content-health', c.reports.rankContentHealth, { asks: true }),
      route('GET', '/knowledge', c.reports.knowledge),
      route('GET', '/question-bank/questions', c.questionBank.questions),
      route('GET', '/question-bank/questions/:id', c.questionBank.question),
      route('POST', '/question-bank/questions', c.questionBank.createQuestion),
      route('PUT', '/question-bank/questions/:id', c.questionBank.updateQuestion),
      route('DELETE', '/question-bank/questions/:id', c.questionBank.deleteQuestion),
      route('POST', '/question-bank/runs', c.questionBank.run),
      route('GET', '/question-bank/runs', c.questionBank.runs),
      route('GET', '/question-bank/runs/:id', c.questionBank.runResults),
      route('GET', '/question-bank/summary', c.questionBank.summary),
      route('GET', '/simulation/baseline', c.simulation.baseline, { asks: true }),
      route('POST', '/simulation/results', c.simulation.results),
      route('GET', '/simulation/scenarios', c.simulation.scenarios),
      route('GET', '/simulation/scenarios/:id', c.simulation.scenario),
      route('POST', '/simulation/scenarios', c.simulation.saveScenario),
      route('DELETE', '/simulation/scenarios/:id', c.simulation.deleteScenario),
    ],
  } satisfies Core.RouterInput;
};
