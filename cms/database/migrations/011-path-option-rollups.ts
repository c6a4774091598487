import type { Knex } from 'knex';
import { ROLLUP_KEY, TABLES } from '../../src/analytics/analytics-tables';

type Row = Record<string, string | number>;

/**
 * Migration 11: per-option counts of guidance-path steps (metric `path_option`,
 * subject the path, detail "stepKey|option"), rolled up from the stored
 * `path_step` events (their option is stored redacted), so branching funnels
 * cover the history too. Test traffic goes to the test rollups.
 */
export async function up(knex: Knex): Promise<void> {
  const grouped = (await knex(TABLES.events)
    .select('day', 'locale', 'audience', 'channel', 'path_slug', 'step_key', 'option_key', 'test')
    .count({ count: '*' })
    .where('type', 'path_step')
    .whereNotNull('option_key')
    .groupBy('day', 'locale', 'audience', 'channel', 'path_slug', 'step_key', 'option_key', 'test')) as Row[];
  const tables = { daily: new Map<string, Row>(), monthly: new Map<string, Row>() };
  const testTables = { daily: new Map<string, Row>(), monthly: new Map<string, Row>() };
  for (const g of grouped) {
    const target = Number(g.test) || g.test === 'true' ? testTables : tables;
    const base = {
      locale: g.locale,
      audience: g.audience ?? '',
      channel: g.channel ?? '',
      metric: 'path_option',
      subject: g.path_slug ?? '',
      detail: `${g.step_key ?? ''}|${g.option_key}`,
    };
    for (const [map, bucket] of [
      [target.daily, String(g.day)],
      [target.monthly, String(g.day).slice(0, 7)],
    ] as const) {
      const row: Row = { bucket, ...base, count: 0 };
      const key = ROLLUP_KEY.map((c) => row[c]).join('\u0001');
      const known = map.get(key) ?? row;
      known.count = Number(known.count) + Number(g.count);
      map.set(key, known);
    }
  }
  const writes: Array<[string, Map<string, Row>]> = [
    [TABLES.daily, tables.daily],
    [TABLES.monthly, tables.monthly],
    [TABLES.dailyTest, testTables.daily],
    [TABLES.monthlyTest, testTables.monthly],
  ];
  for (const [table, rows] of writes) {
    const list = [...rows.values()];
    for (let i = 0; i < list.length; i += 200) await knex(table).insert(list.slice(i, i + 200));
  }
}
