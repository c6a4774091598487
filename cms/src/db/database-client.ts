import type { Knex } from 'knex';

const client = (knex: Knex) => String(knex.client.config.client);

/** The CMS database is SQLite (embedded default). */
export const isSqlite = (knex: Knex) => ['better-sqlite3', 'sqlite3', 'sqlite'].includes(client(knex));

/** The CMS database is PostgreSQL (production). */
export const isPostgres = (knex: Knex) => ['postgres', 'pg'].includes(client(knex));
