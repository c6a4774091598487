import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { failValidation } from '../validation-failure';
import { isPostgres } from '../db/database-client';
import { TABLES } from './analytics-tables';
import { GroupAliases } from './group-aliases';
import { addGroupCounts, type GroupCountRow } from './add-group-counts';
import { rollGroupExamples } from './roll-group-examples';
import { mergedStatus, type TriageState } from './merged-status';
import { MAX_EXAMPLES } from './unanswered-groups';
import { repointRephrases } from './repoint-rephrases';

/**
 * Merges groups `ids` into group `into` in the caller's transaction: counts
 * per day and month add up, examples roll together (at most MAX_EXAMPLES),
 * first/last seen widen, the status is mergedStatus's, and every question key
 * of the merged groups joins `into` from then on (group-aliases.ts). The merged
 * groups are deleted, their rephrasing pairs are `into`'s. Groups of another
 * language are a 400 naming `ids[i]`. An automatic merge on residents'
 * rewordings passes `rephrasings` (its conversations): the group keeps the
 * sum as the reason it shows.
 */
export async function mergeGroups(
  trx: Knex.Transaction,
  opts: { into: number; ids: readonly number[]; by: string; rephrasings?: number },
): Promise<void> {
  const { into, by } = opts;
  const ids = opts.ids.filter((id, i) => opts.ids.indexOf(id) === i);
  if (ids.includes(into)) failValidation(['ids', ids.indexOf(into)], 'must not include the group merged into (into)');
  const q = trx(TABLES.groups)
    .whereIn('id', [into, ...ids])
    .select('*')
    .orderBy('id');
  if (isPostgres(trx)) q.forUpdate();
  const rows = new Map((await q).map((r) => [Number(r.id), r]));
  const survivor = rows.get(into);
  if (!survivor) throw new errors.NotFoundError(`unanswered-question group ${into} not found`);
  ids.forEach((id, i) => {
    const row = rows.get(id);
    if (!row) failValidation(['ids', i], `no unanswered-question group ${id}`);
    if (row.locale !== survivor.locale)
      failValidation(['ids', i], `is a "${row.locale}" group; merge groups of one language`);
  });
  const merged = ids.map((id) => rows.get(id)!);
  for (const [table, bucket] of [
    [TABLES.groupDaily, 'day'],
    [TABLES.groupMonthly, 'month'],
  ] as const) {
    const counts = await trx(table).whereIn('group_id', ids).select('*');
    const moved = counts.map((r): GroupCountRow => ({
      group_id: into,
      bucket: r[bucket],
      locale: r.locale,
      audience: r.audience,
      channel: r.channel,
      count: Number(r.count),
    }));
    await trx(table).whereIn('group_id', ids).delete();
    await addGroupCounts(trx, table, moved);
  }
  const examples = await trx(TABLES.groupExamples).whereIn('group_id', ids).select('text', 'count', 'asked_at');
  await trx(TABLES.groupExamples).whereIn('group_id', ids).delete();
  const asked = new Map<string, { text: string; count: number; lastAsked: number }>();
  for (const e of examples) {
    const known = asked.get(e.text) ?? { text: e.text, count: 0, lastAsked: 0 };
    asked.set(e.text, {
      ...known,
      count: known.count + Number(e.count),
      lastAsked: Math.max(known.lastAsked, Number(e.asked_at)),
    });
  }
  await rollGroupExamples(trx, into, [...asked.values()], MAX_EXAMPLES);
  const keys = (await trx(TABLES.groupKeys).whereIn('group_id', ids).select('key')).map((r) => String(r.key));
  await GroupAliases.save(trx, { locale: survivor.locale, keys, groupId: into, merged: ids, by });
  const all = [survivor, ...merged];
  await trx(TABLES.groups)
    .where({ id: into })
    .update({
      ...mergedStatus(survivor as TriageState, merged as TriageState[]),
      total_count: all.reduce((n, g) => n + Number(g.total_count), 0),
      first_seen: Math.min(...all.map((g) => Number(g.first_seen))),
      last_seen: Math.max(...all.map((g) => Number(g.last_seen))),
      rephrase_conversations: all.reduce((n, g) => n + Number(g.rephrase_conversations ?? 0), opts.rephrasings ?? 0),
      updated_at: Date.now(),
    });
  await trx(TABLES.groups).whereIn('id', ids).delete();
  await repointRephrases(trx, into, ids);
}
