import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';
import { RollupDelta } from '../../src/analytics/rollup-delta';
import { pathOptionDetail } from '../../src/analytics/path-option-detail';

type Group = {
  day: string; locale: string; audience: string; channel: string; test: unknown;
  path_slug: string | null; step_key: string | null; option_key: string; n: number | string;
};

/**
 * Migration 11: how often each option of a guidance path step was chosen (`path_option` rollups,
 * read by the path-performance report). Ingestion counts new events; this counts the stored
 * `path_step` events that carry an option (already redacted), into the rollups of real or test traffic.
 */
export async function up(knex: Knex): Promise<void> {
  const groups: Group[] = await knex(TABLES.events)
    .select('day', 'locale', 'audience', 'channel', 'test', 'path_slug', 'step_key', 'option_key')
    .count({ n: '*' })
    .where('type', 'path_step')
    .whereNotNull('option_key')
    .groupBy('day', 'locale', 'audience', 'channel', 'test', 'path_slug', 'step_key', 'option_key');
  const real = new RollupDelta(false);
  const test = new RollupDelta(true);
  for (const g of groups) {
    const delta = g.test === true || Number(g.test) === 1 ? test : real;
    const detail = pathOptionDetail(g.step_key ?? '', g.option_key);
    delta.add(g.day, g, 'path_option', g.path_slug ?? '', detail, Number(g.n));
  }
  await real.apply(knex);
  await test.apply(knex);
}
