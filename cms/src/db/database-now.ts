import type { Knex } from 'knex';
import { isPostgres } from './database-client';

/**
 * Now, in epoch milliseconds, by the database server's clock on PostgreSQL (several instances compare times
 * they wrote, such as heartbeats, and their hosts' clocks may differ), by this process's on SQLite (one
 * instance, one host). Pass a transaction to read it inside one.
 */
export async function databaseNow(knex: Knex | Knex.Transaction): Promise<number> {
  if (!isPostgres(knex)) return Date.now();
  const { rows } = await knex.raw('SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now');
  return Number(rows[0].now);
}
