import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { mergeUnansweredGroups } from './merge-unanswered-groups';
import { QuestionClusters } from './question-clusters';
import { groupingKey } from './unanswered-groups';

export interface RegroupResult {
  groups: number;
  merged: number;
}

export interface RegroupOptions {
  /**
   * Today's grouping key of a redacted question (questionKey). With it, a
   * group that still has examples is grouped by its examples' keys, and
   * those keys are stored for it: asks of the same text find it again after
   * the key function changed. Groups whose examples expired keep their keys.
   */
  keyOf?: (locale: string, text: string) => string;
}

/** Each group's keys: with `keyOf`, its examples' keys when it has examples; else its stored keys. */
async function keysOfGroups(trx: Knex, opts: RegroupOptions): Promise<Map<number, string[]>> {
  const keysOf = new Map<number, string[]>();
  const push = (id: number, key: string) => {
    const keys = keysOf.get(id) ?? [];
    keysOf.set(id, keys);
    if (!keys.includes(key)) keys.push(key);
  };
  const { keyOf } = opts;
  if (keyOf) {
    const examples = await trx(`${TABLES.groupExamples} as e`)
      .join(`${TABLES.groups} as g`, 'g.id', 'e.group_id')
      .orderBy(['e.group_id', 'e.text'])
      .select('e.group_id', 'e.text', 'g.locale');
    for (const e of examples) push(Number(e.group_id), groupingKey(keyOf(e.locale, e.text), e.text));
  }
  const withExamples = new Set(keysOf.keys());
  for (const k of await trx(TABLES.groupKeys).orderBy(['group_id', 'key']).select('key', 'group_id')) {
    if (!withExamples.has(Number(k.group_id))) push(Number(k.group_id), k.key);
  }
  return keysOf;
}

/**
 * Re-groups stored unanswered-question groups with today's grouping rule
 * (QuestionClusters over their keys): groups are taken oldest first;
 * a group most of whose keys join one earlier group (ties to the older) is
 * merged into it (mergeUnansweredGroups), else it stays. Groups are only
 * merged, never split: a group the earlier rule mixed stays mixed. A group
 * a content expert taught (a key of it in the aliases table: a merge or a
 * move) is never merged into another.
 */
export async function regroupUnansweredQuestions(trx: Knex, opts: RegroupOptions = {}): Promise<RegroupResult> {
  const groups = await trx(TABLES.groups).orderBy('id').select('id', 'locale');
  const keysOf = await keysOfGroups(trx, opts);
  const taught = new Set((await trx(TABLES.groupAliases).distinct('group_id')).map((r) => Number(r.group_id)));
  const clusters = new QuestionClusters();
  const mergedInto = new Map<number, number[]>();
  for (const g of groups) {
    const id = Number(g.id);
    const keys = keysOf.get(id) ?? [];
    const votes = new Map<number, number>();
    for (const key of taught.has(id) ? [] : keys) {
      const target = clusters.find(g.locale, key);
      if (target !== null) votes.set(target, (votes.get(target) ?? 0) + 1);
    }
    const [best] = [...votes].sort(([a, x], [b, y]) => y - x || a - b);
    // Most of its keys must join one group: a group the old rule mixed does not drag others along.
    const into = best && best[1] > keys.length / 2 ? best[0] : id;
    if (into !== id) mergedInto.set(into, [...(mergedInto.get(into) ?? []), id]);
    for (const key of keys) clusters.add(g.locale, into, key);
  }
  for (const [into, from] of mergedInto) await mergeUnansweredGroups(trx, into, from);
  if (opts.keyOf) await storeKeys(trx, groups, keysOf, mergedInto);
  const merged = [...mergedInto.values()].reduce((n, from) => n + from.length, 0);
  return { groups: groups.length - merged, merged };
}

/** Stores each group's (new) keys for the group it ended in; a key another group already has stays there. */
async function storeKeys(
  trx: Knex,
  groups: ReadonlyArray<{ id: number; locale: string }>,
  keysOf: ReadonlyMap<number, string[]>,
  mergedInto: ReadonlyMap<number, number[]>,
): Promise<void> {
  const finalOf = new Map<number, number>();
  for (const [into, from] of mergedInto) for (const id of from) finalOf.set(id, into);
  for (const g of groups) {
    const id = Number(g.id);
    const rows = (keysOf.get(id) ?? []).map((key) => ({ locale: g.locale, key, group_id: finalOf.get(id) ?? id }));
    for (let i = 0; i < rows.length; i += 200) {
      await trx(TABLES.groupKeys)
        .insert(rows.slice(i, i + 200))
        .onConflict(['locale', 'key'])
        .ignore();
    }
  }
}
