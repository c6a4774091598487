import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';

/** One row of a group's daily or monthly counts (`bucket` is the day or the month). */
export interface GroupCountRow {
  group_id: number;
  bucket: string;
  locale: string;
  audience: string;
  channel: string;
  count: number;
}

const BUCKET = { [TABLES.groupDaily]: 'day', [TABLES.groupMonthly]: 'month' } as const;

/** Adds counts to the groups' daily or monthly rows (creating missing rows), in stable order. */
export async function addGroupCounts(
  trx: Knex,
  table: keyof typeof BUCKET,
  rows: readonly GroupCountRow[],
): Promise<void> {
  const bucket = BUCKET[table];
  // One order on every server: concurrent rollups on PostgreSQL lock rows in the same order (no deadlock).
  const order = (r: GroupCountRow) =>
    [String(r.group_id).padStart(10, '0'), r.bucket, r.locale, r.audience, r.channel].join('\u0001');
  // Summed first: one insert may not update the same row twice (PostgreSQL's ON CONFLICT).
  const summed = new Map<string, GroupCountRow>();
  for (const r of rows) {
    const known = summed.get(order(r));
    summed.set(order(r), known ? { ...known, count: known.count + r.count } : { ...r });
  }
  const sorted = [...summed.values()].sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
  const list = sorted.map(({ bucket: b, ...r }) => ({ ...r, [bucket]: b }));
  for (let i = 0; i < list.length; i += 200) {
    await trx(table)
      .insert(list.slice(i, i + 200))
      .onConflict(['group_id', bucket, 'locale', 'audience', 'channel'])
      .merge({ count: trx.raw('??.?? + excluded.??', [table, 'count', 'count']) });
  }
}
