import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';

/** One pair of groups with the conversations in which residents reworded one's question as the other's. */
export interface RephraseRow {
  locale: string;
  group_a: number;
  group_b: number;
  conversations: number;
  last_seen: number;
  /** 1 once a content expert moved examples between the two groups: never merged automatically (default 0). */
  kept_apart?: number;
}

/**
 * Adds pair rows' conversations to the stored ones (creating missing rows; kept apart stays kept apart),
 * smaller group id first, in stable order.
 */
export async function addRephrases(trx: Knex, rows: readonly RephraseRow[]): Promise<void> {
  const summed = new Map<string, RephraseRow>();
  for (const r of rows) {
    const [a, b] = [Math.min(r.group_a, r.group_b), Math.max(r.group_a, r.group_b)];
    const id = `${String(a).padStart(10, '0')}|${String(b).padStart(10, '0')}`;
    const known = summed.get(id);
    const conversations = r.conversations + (known?.conversations ?? 0);
    const lastSeen = Math.max(r.last_seen, known?.last_seen ?? 0);
    const keptApart = Math.max(r.kept_apart ?? 0, known?.kept_apart ?? 0);
    summed.set(id, {
      locale: r.locale,
      group_a: a,
      group_b: b,
      conversations,
      last_seen: lastSeen,
      kept_apart: keptApart,
    });
  }
  // One order on every server: concurrent rollups on PostgreSQL lock rows in the same order (no deadlock).
  const sorted = [...summed].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, r]) => r);
  const table = TABLES.groupRephrases;
  const larger = (column: string) =>
    trx.raw('CASE WHEN ??.?? > excluded.?? THEN ??.?? ELSE excluded.?? END', [
      table,
      column,
      column,
      table,
      column,
      column,
    ]);
  for (let i = 0; i < sorted.length; i += 200) {
    await trx(table)
      .insert(sorted.slice(i, i + 200))
      .onConflict(['group_a', 'group_b'])
      .merge({
        conversations: trx.raw('??.?? + excluded.??', [table, 'conversations', 'conversations']),
        last_seen: larger('last_seen'),
        kept_apart: larger('kept_apart'),
      });
  }
}
