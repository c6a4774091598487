import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { mergeUnansweredGroups } from './merge-unanswered-groups';
import { QuestionClusters } from './question-clusters';

export interface RegroupResult { groups: number; merged: number }

/**
 * Re-groups stored unanswered-question groups with today's grouping rule
 * (QuestionClusters over their stored keys): groups are taken oldest first;
 * a group whose keys (by most votes, ties to the older group) join an
 * earlier group is merged into it (mergeUnansweredGroups), else it stays.
 * Groups are only merged, never split.
 */
export async function regroupUnansweredQuestions(trx: Knex): Promise<RegroupResult> {
  const groups = await trx(TABLES.groups).orderBy('id').select('id', 'locale');
  const keysOf = new Map<number, string[]>();
  for (const k of await trx(TABLES.groupKeys).orderBy(['group_id', 'key']).select('key', 'group_id')) {
    const id = Number(k.group_id);
    keysOf.set(id, [...(keysOf.get(id) ?? []), k.key]);
  }
  const clusters = new QuestionClusters();
  const mergedInto = new Map<number, number[]>();
  for (const g of groups) {
    const id = Number(g.id);
    const votes = new Map<number, number>();
    for (const key of keysOf.get(id) ?? []) {
      const target = clusters.find(g.locale, key);
      if (target !== null) votes.set(target, (votes.get(target) ?? 0) + 1);
    }
    const [best] = [...votes].sort(([a, x], [b, y]) => y - x || a - b);
    const into = best?.[0] ?? id;
    if (into !== id) mergedInto.set(into, [...(mergedInto.get(into) ?? []), id]);
    for (const key of keysOf.get(id) ?? []) clusters.add(g.locale, into, key);
  }
  for (const [into, from] of mergedInto) await mergeUnansweredGroups(trx, into, from);
  const merged = [...mergedInto.values()].reduce((n, from) => n + from.length, 0);
  return { groups: groups.length - merged, merged };
}
