import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { mergeUnansweredGroups } from './merge-unanswered-groups';
import { QuestionClusters } from './question-clusters';

export interface RegroupResult {
  groups: number;
  merged: number;
}

/**
 * Re-groups stored unanswered-question groups with today's grouping rule
 * (QuestionClusters over their stored keys): groups are taken oldest first;
 * a group most of whose keys join one earlier group (ties to the older) is
 * merged into it (mergeUnansweredGroups), else it stays. Groups are only
 * merged, never split: a group the earlier rule mixed stays mixed.
 */
export async function regroupUnansweredQuestions(trx: Knex): Promise<RegroupResult> {
  const groups = await trx(TABLES.groups).orderBy('id').select('id', 'locale');
  const keysOf = new Map<number, string[]>();
  for (const k of await trx(TABLES.groupKeys).orderBy(['group_id', 'key']).select('key', 'group_id')) {
    const keys = keysOf.get(Number(k.group_id)) ?? [];
    keysOf.set(Number(k.group_id), keys);
    keys.push(k.key);
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
    // Most of its keys must join one group: a group the old rule mixed does not drag others along.
    const into = best && best[1] > (keysOf.get(id)?.length ?? 0) / 2 ? best[0] : id;
    if (into !== id) mergedInto.set(into, [...(mergedInto.get(into) ?? []), id]);
    for (const key of keysOf.get(id) ?? []) clusters.add(g.locale, into, key);
  }
  for (const [into, from] of mergedInto) await mergeUnansweredGroups(trx, into, from);
  const merged = [...mergedInto.values()].reduce((n, from) => n + from.length, 0);
  return { groups: groups.length - merged, merged };
}
