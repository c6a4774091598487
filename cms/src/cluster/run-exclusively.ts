import type { Knex } from 'knex';
import { isPostgres } from '../db/database-client';

/**
 * Runs `work` unless another instance on the same PostgreSQL database is
 * running work of the same `name`: a transaction-scoped advisory lock, held by
 * an otherwise idle transaction while `work` runs (on its own connections).
 * A crashed or killed instance's connection closes, which ends the
 * transaction and frees the lock at once. On SQLite (one instance) `work` just runs.
 */
export async function runExclusively<T>(
  knex: Knex,
  name: string,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (!isPostgres(knex)) return { ran: true, result: await work() };
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [name]);
    if (!(rows as Array<{ locked: boolean }>)[0].locked) return { ran: false as const };
    return { ran: true as const, result: await work() };
  });
}
