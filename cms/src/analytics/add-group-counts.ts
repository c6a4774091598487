import type { Knex } from 'knex';

const BATCH = 200;

/** Adds per-day or per-month counts to an unanswered-group count table (a row already there is summed into). */
export async function addGroupCounts(
  trx: Knex,
  table: string,
  bucket: 'day' | 'month',
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx(table).insert(rows.slice(i, i + BATCH)).onConflict(['group_id', bucket, 'locale', 'audience', 'channel'])
      .merge({ count: trx.raw('??.?? + excluded.??', [table, 'count', 'count']) });
  }
}
