import type { Knex } from 'knex';
import { addRephrases } from './add-rephrases';

/**
 * Records that a content expert moved examples between groups `a` and `b` (move-examples.ts): the rephrasing
 * rule never merges them automatically again, whatever residents' rewordings say (rephrase-links.ts).
 */
export async function keepGroupsApart(trx: Knex, pair: { locale: string; a: number; b: number }): Promise<void> {
  const { locale, a, b } = pair;
  await addRephrases(trx, [{ locale, group_a: a, group_b: b, conversations: 0, last_seen: Date.now(), kept_apart: 1 }]);
}
