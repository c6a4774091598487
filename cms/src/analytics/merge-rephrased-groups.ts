import type { Knex } from 'knex';
import { isPostgres } from '../db/database-client';
import { TABLES } from './analytics-tables';
import { addRephrases, type RephraseRow } from './add-rephrases';
import { mergeGroups } from './merge-groups';
import { rephraseLinks, type RephraseMerge } from './rephrase-links';

/** Who the aliases of an automatic merge name as their author. */
const MERGED_BY = 'rephrasings';

/**
 * Adds conversations of rephrasing evidence to their pairs of groups, then
 * merges every pair the rule calls for (rephrase-links.ts) with the expert's
 * merge (merge-groups.ts: later asks of both forms join the group, the
 * group keeps the conversations as its reason) and follows the merged
 * group's other pairs, so chains merge too; never two groups a content
 * expert kept apart (moved examples between). In the caller's transaction;
 * callers reset UnansweredGroups' cache when something merged.
 */
export async function mergeRephrasedGroups(
  trx: Knex.Transaction,
  evidence: readonly RephraseRow[],
): Promise<RephraseMerge[]> {
  await addRephrases(trx, evidence);
  const queue = evidence.map((r) => [Math.min(r.group_a, r.group_b), Math.max(r.group_a, r.group_b)]);
  const merges: RephraseMerge[] = [];
  for (let pair = queue.shift(); pair; pair = queue.shift()) {
    const [a, b] = pair;
    const row = await trx(TABLES.groupRephrases).where({ group_a: a, group_b: b }).first('conversations', 'kept_apart');
    // A content expert moved examples between them: their split stands.
    if (!row || Number(row.kept_apart) === 1) continue;
    // Locked in id order: a concurrent rollup merging the same groups waits, then finds them gone.
    const q = trx(TABLES.groups).whereIn('id', [a, b]).orderBy('id').select('id', 'status', 'total_count', 'locale');
    if (isPostgres(trx)) q.forUpdate();
    const groups = (await q).map((g) => ({
      id: Number(g.id),
      status: String(g.status),
      total: Number(g.total_count),
      locale: String(g.locale),
    }));
    if (groups.length < 2 || groups[0].locale !== groups[1].locale) continue;
    const [{ asks }] = await trx(TABLES.groups).where('locale', groups[0].locale).sum({ asks: 'total_count' });
    const merge = rephraseLinks.mergeOf(Number(row.conversations), groups[0], groups[1], Number(asks));
    if (!merge) continue;
    await mergeGroups(trx, { into: merge.into, ids: [merge.from], by: MERGED_BY, rephrasings: merge.conversations });
    merges.push(merge);
    const next = await trx(TABLES.groupRephrases)
      .where('group_a', merge.into)
      .orWhere('group_b', merge.into)
      .orderBy(['group_a', 'group_b'])
      .select('group_a', 'group_b');
    queue.push(...next.map((r): [number, number] => [Number(r.group_a), Number(r.group_b)]));
  }
  return merges;
}
