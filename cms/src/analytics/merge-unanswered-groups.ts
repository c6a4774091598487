import type { Knex } from 'knex';
import { addGroupCounts, type GroupCountRow } from './add-group-counts';
import { TABLES } from './analytics-tables';
import { mergedStatus, type TriageState } from './merged-status';
import { compareExamples, type GroupExample } from './roll-examples';
import { MAX_EXAMPLES } from './unanswered-groups';
import { repointRephrases } from './repoint-rephrases';

/** Adds the `from` groups' per-day or per-month counts to group `into`'s, then deletes theirs. */
async function moveCounts(
  trx: Knex,
  table: typeof TABLES.groupDaily | typeof TABLES.groupMonthly,
  into: number,
  from: number[],
): Promise<void> {
  const bucket = table === TABLES.groupDaily ? 'day' : 'month';
  const stored = await trx(table).whereIn('group_id', from).select(bucket, 'locale', 'audience', 'channel', 'count');
  const moved = stored.map((r): GroupCountRow => ({
    group_id: into,
    bucket: r[bucket],
    locale: r.locale,
    audience: r.audience,
    channel: r.channel,
    count: Number(r.count),
  }));
  await trx(table).whereIn('group_id', from).delete();
  await addGroupCounts(trx, table, moved);
}

/** The groups' examples as one set: a text's counts summed, last asked the latest; MAX_EXAMPLES kept. */
async function mergeExamples(trx: Knex, into: number, from: number[]): Promise<void> {
  const merged = new Map<string, GroupExample>();
  const stored = await trx(TABLES.groupExamples)
    .whereIn('group_id', [into, ...from])
    .select('text', 'count', 'asked_at');
  for (const r of stored) {
    const known = merged.get(r.text);
    const count = Number(r.count) + (known?.count ?? 0);
    merged.set(r.text, { text: r.text, count, lastAsked: Math.max(Number(r.asked_at), known?.lastAsked ?? 0) });
  }
  const kept = [...merged.values()].sort(compareExamples).slice(0, MAX_EXAMPLES);
  await trx(TABLES.groupExamples)
    .whereIn('group_id', [into, ...from])
    .delete();
  const rows = kept.map((e) => ({ group_id: into, text: e.text, count: e.count, asked_at: e.lastAsked }));
  if (rows.length) await trx(TABLES.groupExamples).insert(rows);
}

/**
 * Merges the `from` unanswered-question groups into group `into` inside the
 * caller's transaction: counts and first/last seen combined, keys, daily and
 * monthly counts and examples moved, the state chosen by mergedStatus, the
 * same rule as an expert's merge (a resolution is kept; open work stays open); the
 * `from` groups are deleted, their rephrasing pairs are `into`'s. Callers reset UnansweredGroups' cache after.
 */
export async function mergeUnansweredGroups(trx: Knex, into: number, from: readonly number[]): Promise<void> {
  const others = from.filter((id) => id !== into);
  if (others.length === 0) return;
  const rows = await trx(TABLES.groups)
    .whereIn('id', [into, ...others])
    .orderBy('id')
    .select('*');
  const survivor: TriageState = rows.find((r) => Number(r.id) === into);
  const merged: TriageState[] = rows.filter((r) => Number(r.id) !== into);
  await trx(TABLES.groups)
    .where('id', into)
    .update({
      ...mergedStatus(survivor, merged),
      total_count: rows.reduce((sum, r) => sum + Number(r.total_count), 0),
      first_seen: Math.min(...rows.map((r) => Number(r.first_seen))),
      last_seen: Math.max(...rows.map((r) => Number(r.last_seen))),
      updated_at: Date.now(),
    });
  await trx(TABLES.groupKeys).whereIn('group_id', others).update({ group_id: into });
  await moveCounts(trx, TABLES.groupDaily, into, others);
  await moveCounts(trx, TABLES.groupMonthly, into, others);
  await mergeExamples(trx, into, others);
  await trx(TABLES.groups).whereIn('id', others).delete();
  await repointRephrases(trx, into, others);
}
