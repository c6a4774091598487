import { rowIdParam } from '../../../../http/row-id-param';
import { SIMULATION_DEFAULTS, simulateResources } from '../../../../analytics/resource-simulation';
import { simulationResultsRequestSchema, simulationScenarioRequestSchema } from '@botkb/contract';
import { parseInput } from '../../../../analytics/parse-input';
import { sumRollups } from '../../../../analytics/sum-rollups';
import { RESOLVED_METRIC } from '../../../../analytics/conversation-outcomes';
import { helsinkiDay } from '../../../../analytics/helsinki-day';
import { lastTwelveMonths } from '../../../../analytics/last-twelve-months';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';

/**
 * The resource simulation (resource-simulation.ts): what the bot resolved in
 * the last 12 full months (its row's starting figure), results of an input,
 * and named scenarios (saved by managers and administrators, read by every
 * analytics role).
 */
export function simulationController({ analytics }: AnalyticsDeps) {
  const scenarios = analytics.scenarios;
  return {
    baseline: async (ctx) => {
      const today = helsinkiDay(Date.now());
      const range = lastTwelveMonths(today);
      const sums = await sumRollups(analytics.knex, range, [RESOLVED_METRIC], ['metric']);
      const botContacts = sums.reduce((n, s) => n + s.count, 0);
      const startYear = Number(today.slice(0, 4));
      ctx.body = { data: { id: 'baseline', ...range, botContacts, startYear, defaults: SIMULATION_DEFAULTS } };
    },
    results: async (ctx) => {
      const { input } = parseInput(simulationResultsRequestSchema, ctx.request.body ?? {});
      ctx.body = { data: { input, results: simulateResources(input) } };
    },
    scenarios: async (ctx) => {
      const rows = await scenarios.list();
      ctx.body = { data: rows, total: rows.length };
    },
    scenario: async (ctx) => {
      const scenario = await scenarios.get(rowIdParam(ctx, 'scenario'));
      ctx.body = { data: { ...scenario, results: simulateResources(scenario.input) } };
    },
    saveScenario: async (ctx) => {
      const { name, input } = parseInput(
        simulationScenarioRequestSchema,
        ctx.request.body,
        'is not a field (name, input)',
      );
      const scenario = await scenarios.save(name, input, ctx.state.user.email);
      ctx.body = { data: { ...scenario, results: simulateResources(scenario.input) } };
    },
    deleteScenario: async (ctx) => {
      const id = rowIdParam(ctx, 'scenario');
      await scenarios.delete(id);
      ctx.body = { data: { id } };
    },
  } satisfies Record<string, AnalyticsAction>;
}
