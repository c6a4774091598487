import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import type { ReportFilter } from './report-query';
import { lastDayOfMonth, nextMonth, prevMonth } from './months';
import { knownChannel } from './known-channel';

export type RollupDimension = 'month' | 'day' | 'locale' | 'audience' | 'channel' | 'metric' | 'subject' | 'detail';
export type RollupRow = Record<RollupDimension, string> & { count: number };

/**
 * Splits a day range into whole months (read from the monthly rollup) and the
 * leftover days at either end (read from the daily rollup).
 */
export function splitRange(
  from: string,
  to: string,
): { months: [string, string] | null; days: Array<[string, string]> } {
  const firstFull = from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const lastFull = to === lastDayOfMonth(to.slice(0, 7)) ? to.slice(0, 7) : prevMonth(to.slice(0, 7));
  if (firstFull > lastFull) return { months: null, days: [[from, to]] };
  const days: Array<[string, string]> = [];
  if (from < `${firstFull}-01`) days.push([from, lastDayOfMonth(from.slice(0, 7))]);
  if (to > lastDayOfMonth(lastFull)) days.push([`${nextMonth(lastFull)}-01`, to]);
  return { months: [firstFull, lastFull], days };
}

/**
 * Sums rollup counts of `metrics` over the filter's range, grouped by the
 * given dimensions. Never touches raw events. Channels stored by older
 * releases that break the channel rule count as '' (unknown).
 */
export async function sumRollups(
  knex: Knex,
  filter: ReportFilter,
  metrics: string[],
  groupBy: RollupDimension[],
): Promise<RollupRow[]> {
  const needsDays = groupBy.includes('day');
  const { months, days } = needsDays
    ? { months: null, days: [[filter.from, filter.to] as [string, string]] }
    : splitRange(filter.from, filter.to);
  const parts: Array<{ table: string; range: [string, string]; monthly: boolean }> = [];
  // Test traffic (bot tokens marked as test) has rollups of its own, read only when asked for.
  const tables: Array<[string, string]> = [[TABLES.monthly, TABLES.daily]];
  if (filter.includeTest) tables.push([TABLES.monthlyTest, TABLES.dailyTest]);
  for (const [monthly, daily] of tables) {
    if (months) parts.push({ table: monthly, range: months, monthly: true });
    for (const d of days) parts.push({ table: daily, range: d, monthly: false });
  }
  const totals = new Map<string, RollupRow>();
  for (const part of parts) {
    const columns = groupBy.map((g) => {
      if (g === 'month')
        return part.monthly ? knex.raw('?? as month', ['bucket']) : knex.raw('substr(??, 1, 7) as month', ['bucket']);
      if (g === 'day') return knex.raw('?? as day', ['bucket']);
      return g;
    });
    const q = knex(part.table)
      .select(columns)
      .sum({ count: 'count' })
      .whereIn('metric', metrics)
      .whereBetween('bucket', part.range);
    if (filter.locale) q.where('locale', filter.locale);
    if (filter.audience) q.where('audience', filter.audience);
    if (filter.channel) q.where('channel', filter.channel);
    for (const g of groupBy)
      q.groupByRaw(g === 'month' ? (part.monthly ? '??' : 'substr(??, 1, 7)') : '??', [
        g === 'month' || g === 'day' ? 'bucket' : g,
      ]);
    for (const r of (await q) as Array<Record<string, string>>) {
      if (groupBy.includes('channel')) r.channel = knownChannel(r.channel);
      const key = groupBy.map((g) => r[g]).join('\u0001');
      const prev = totals.get(key);
      if (prev) prev.count += Number(r.count);
      else totals.set(key, { ...r, count: Number(r.count) } as RollupRow);
    }
  }
  return [...totals.values()];
}

/**
 * Totals of `rows` by the dimensions `by`, summed once into a map: the lookup
 * takes values for `by` in order, or for a leading part of it (summing over
 * the rest), and gives 0 for combinations without rows.
 */
export function rollupTotals(
  rows: readonly RollupRow[],
  by: readonly RollupDimension[],
): (...values: string[]) => number {
  const totals = new Map<string, number>();
  for (const r of rows) {
    // Keys of different lengths never collide: each has as many separators as it has values, less one.
    for (let n = 1; n <= by.length; n++) {
      const key = by
        .slice(0, n)
        .map((d) => r[d])
        .join('\u0001');
      totals.set(key, (totals.get(key) ?? 0) + r.count);
    }
  }
  return (...values) => totals.get(values.join('\u0001')) ?? 0;
}
