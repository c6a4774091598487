import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { rollExamples, type GroupExample } from './roll-examples';

/** Rolls the examples asked (or moved in) into group `id`'s stored examples, keeping at most `max`. */
export async function rollGroupExamples(
  trx: Knex.Transaction,
  id: number,
  asked: GroupExample[],
  max: number,
): Promise<void> {
  const stored = (await trx(TABLES.groupExamples).where('group_id', id).select('text', 'count', 'asked_at')).map(
    (r): GroupExample => ({ text: r.text, count: Number(r.count), lastAsked: Number(r.asked_at) }),
  );
  const { changed, added, removed } = rollExamples(stored, asked, max);
  if (removed.length) await trx(TABLES.groupExamples).where('group_id', id).whereIn('text', removed).delete();
  for (const e of changed) {
    await trx(TABLES.groupExamples)
      .where({ group_id: id, text: e.text })
      .update({ count: e.count, asked_at: e.lastAsked });
  }
  if (added.length) {
    const rows = added.map((e) => ({ group_id: id, text: e.text, count: e.count, asked_at: e.lastAsked }));
    await trx(TABLES.groupExamples).insert(rows);
  }
}
