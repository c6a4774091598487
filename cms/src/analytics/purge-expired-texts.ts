import type { Knex } from 'knex';
import type { AskTable } from '../bot/ask-recorder';
import { TABLES } from './analytics-tables';
import { EXAMPLE_ORDER } from './example-order';

export interface PurgeResult {
  asks: number;
  comments: number;
  examples: number;
  labels: number;
}

/**
 * Retention: deletes free text typed by residents (redacted questions, feedback
 * comments, unanswered-question examples) older than the cutoff. Counts and
 * rollups stay. A group's stored label becomes its most useful kept example,
 * or empty when all its examples expired (reports then say so, never show a key).
 */
export async function purgeExpiredTexts(knex: Knex, asksTable: AskTable, cutoff: number): Promise<PurgeResult> {
  const { table, col } = asksTable;
  return knex.transaction(async (trx) => {
    const asks = await trx(table)
      .where(col('askedAt'), '<', new Date(cutoff))
      .whereNot(col('question'), '')
      .update({ [col('question')]: '' });
    const comments = await trx(TABLES.events)
      .where('occurred_at', '<', cutoff)
      .whereNotNull('comment')
      .update({ comment: null });
    const stale = await trx(TABLES.groups)
      .where('last_seen', '<', cutoff)
      .orWhere('first_seen', '<', cutoff)
      .select('id', 'label');
    const examples = await trx(TABLES.groupExamples).where('asked_at', '<', cutoff).delete();
    let labels = 0;
    for (const g of stale) {
      const kept = await trx(TABLES.groupExamples)
        .where('group_id', g.id)
        .orderBy([...EXAMPLE_ORDER])
        .first('text');
      const label = kept?.text ?? '';
      if (label !== g.label) {
        await trx(TABLES.groups).where('id', g.id).update({ label });
        labels += 1;
      }
    }
    return { asks, comments, examples, labels };
  });
}
