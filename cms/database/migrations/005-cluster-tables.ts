import type { Knex } from 'knex';
import { CLUSTER_TABLES } from '../../src/cluster/cluster-tables';

/**
 * Migration 5: state shared by several CMS instances on one PostgreSQL —
 * a revision per kind of derived state (the fallback when a change
 * notification is missed) and the shared rate-limit counters. Created on
 * SQLite too, where they stay empty.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(CLUSTER_TABLES.revisions))) {
    await knex.schema.createTable(CLUSTER_TABLES.revisions, (t) => {
      t.string('kind', 30).primary();
      t.bigInteger('revision').notNullable();
    });
  }
  if (!(await knex.schema.hasTable(CLUSTER_TABLES.rateLimits))) {
    // The layout rate-limiter-flexible's RateLimiterPostgres expects (it is told the table exists).
    await knex.schema.createTable(CLUSTER_TABLES.rateLimits, (t) => {
      t.string('key', 255).primary();
      t.integer('points').notNullable().defaultTo(0);
      t.bigInteger('expire');
    });
  }
}
