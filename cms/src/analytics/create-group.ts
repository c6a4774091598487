import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';

/** Inserts a new, empty unanswered-question group (status new) and returns its id. */
export async function createGroup(
  trx: Knex.Transaction,
  g: { locale: string; label: string; firstSeen: number; lastSeen: number },
): Promise<number> {
  const [row] = await trx(TABLES.groups)
    .insert({
      locale: g.locale,
      label: g.label.slice(0, 500),
      status: 'new',
      total_count: 0,
      first_seen: g.firstSeen,
      last_seen: g.lastSeen,
      updated_at: Date.now(),
    })
    .returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}
