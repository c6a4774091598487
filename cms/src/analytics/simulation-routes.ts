import type { Knex } from 'knex';
import { rowIdParam } from '../http/row-id-param';
import type { AnalyticsRoute } from './analytics-routes';
import { SIMULATION_DEFAULTS, simulateResources } from './resource-simulation';
import { validateScenario, validateSimulationInput } from './simulation-scenario';
import type { SimulationScenarios } from './simulation-scenarios';
import { sumRollups } from './sum-rollups';
import { RESOLVED_METRIC } from './conversation-outcomes';
import { helsinkiDay } from './helsinki-day';
import { lastDayOfMonth, prevMonth } from './months';

type Ctx = any;

/** The last 12 full months before `today` (YYYY-MM-DD). */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  let first = prevMonth(today.slice(0, 7));
  const last = first;
  for (let i = 1; i < 12; i++) first = prevMonth(first);
  return { from: `${first}-01`, to: lastDayOfMonth(last) };
}

/**
 * The resource simulation (resource-simulation.ts): what the bot resolved in
 * the last 12 full months (its row's starting figure), results of an input,
 * and named scenarios (saved by managers and administrators, read by every
 * analytics role).
 */
export function simulationRoutes(route: AnalyticsRoute, knex: () => Knex, scenarios: SimulationScenarios) {
  return [
    route('GET', '/simulation/baseline', { asks: true }, async (ctx: Ctx) => {
      const today = helsinkiDay(Date.now());
      const range = lastTwelveMonths(today);
      const sums = await sumRollups(knex(), range, [RESOLVED_METRIC], ['metric']);
      const botContacts = sums.reduce((n, s) => n + s.count, 0);
      const startYear = Number(today.slice(0, 4));
      ctx.body = { data: { id: 'baseline', ...range, botContacts, startYear, defaults: SIMULATION_DEFAULTS } };
    }),
    route('POST', '/simulation/results', {}, async (ctx: Ctx) => {
      const input = validateSimulationInput((ctx.request.body as { input?: unknown } | undefined)?.input, ['input']);
      ctx.body = { data: { input, results: simulateResources(input) } };
    }),
    route('GET', '/simulation/scenarios', {}, async (ctx: Ctx) => {
      const rows = await scenarios.list();
      ctx.body = { data: rows, total: rows.length };
    }),
    route('GET', '/simulation/scenarios/:id', {}, async (ctx: Ctx) => {
      const scenario = await scenarios.get(rowIdParam(ctx, 'scenario'));
      ctx.body = { data: { ...scenario, results: simulateResources(scenario.input) } };
    }),
    route('POST', '/simulation/scenarios', { requires: 'saveScenarios' }, async (ctx: Ctx) => {
      const { name, input } = validateScenario(ctx.request.body);
      const scenario = await scenarios.save(name, input, ctx.state.user.email);
      ctx.body = { data: { ...scenario, results: simulateResources(scenario.input) } };
    }),
    route('DELETE', '/simulation/scenarios/:id', { requires: 'saveScenarios' }, async (ctx: Ctx) => {
      const id = rowIdParam(ctx, 'scenario');
      await scenarios.delete(id);
      ctx.body = { data: { id } };
    }),
  ];
}
