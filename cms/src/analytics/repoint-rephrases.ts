import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { addRephrases, type RephraseRow } from './add-rephrases';

/**
 * After groups `from` merged into `into`: their pairs become `into`'s (conversations summed with a pair
 * `into` already has; kept apart if either was), and pairs between the merged groups are gone. Runs in the
 * merge's transaction.
 */
export async function repointRephrases(trx: Knex, into: number, from: readonly number[]): Promise<void> {
  if (from.length === 0 || !(await trx.schema.hasTable(TABLES.groupRephrases))) return;
  const merged = new Set([into, ...from]);
  const rows = (await trx(TABLES.groupRephrases)
    .whereIn('group_a', from)
    .orWhereIn('group_b', from)
    .select('*')) as RephraseRow[];
  await trx(TABLES.groupRephrases).whereIn('group_a', from).orWhereIn('group_b', from).delete();
  const moved = rows.flatMap((r) => {
    const other = merged.has(Number(r.group_a)) ? Number(r.group_b) : Number(r.group_a);
    if (merged.has(other)) return [];
    const counts = { conversations: Number(r.conversations), last_seen: Number(r.last_seen) };
    return [{ ...r, ...counts, group_a: other, group_b: into, kept_apart: Number(r.kept_apart) }];
  });
  await addRephrases(trx, moved);
}
