import type { Knex } from 'knex';
import type { AskTable } from '../bot/ask-recorder';
import { TABLES } from './analytics-tables';

export interface PurgeResult { asks: number; comments: number; examples: number; labels: number }

/**
 * Retention: deletes free text typed by residents (redacted questions, feedback
 * comments, unanswered-question examples) older than the cutoff. Counts and
 * rollups stay; a group whose examples are all gone keeps its analyzer key as label.
 */
export async function purgeExpiredTexts(knex: Knex, asksTable: AskTable, cutoff: number): Promise<PurgeResult> {
  const { table, col } = asksTable;
  return knex.transaction(async (trx) => {
    const asks = await trx(table).where(col('askedAt'), '<', new Date(cutoff)).whereNot(col('question'), '').update({ [col('question')]: '' });
    const comments = await trx(TABLES.events).where('occurred_at', '<', cutoff).whereNotNull('comment').update({ comment: null });
    const stale = await trx(TABLES.groups).where('last_seen', '<', cutoff).orWhere('first_seen', '<', cutoff).select('id', 'label');
    const examples = await trx(TABLES.groupExamples).where('asked_at', '<', cutoff).delete();
    let labels = 0;
    for (const g of stale) {
      const kept = await trx(TABLES.groupExamples).where('group_id', g.id).orderBy('asked_at', 'desc').first('text');
      const key = await trx(TABLES.groupKeys).where('group_id', g.id).first('key');
      const label = kept?.text ?? `[${key?.key ?? ''}]`;
      if (label !== g.label) { await trx(TABLES.groups).where('id', g.id).update({ label }); labels += 1; }
    }
    return { asks, comments, examples, labels };
  });
}
