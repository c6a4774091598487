import type { Knex } from 'knex';
import { ROLLUP_KEY, TABLES } from '../../src/analytics/analytics-tables';

/** The rollup layout of migration 1 (a shipped migration is never imported from: it stays as it shipped). */
function rollup(t: Knex.CreateTableBuilder, bucketLength: number) {
  t.string('bucket', bucketLength).notNullable();
  t.string('locale', 5).notNullable();
  t.string('audience', 20).notNullable();
  t.string('channel', 40).notNullable();
  t.string('metric', 30).notNullable();
  t.string('subject', 200).notNullable();
  t.string('detail', 200).notNullable();
  t.bigInteger('count').notNullable();
  t.primary([...ROLLUP_KEY]);
  t.index(['metric', 'bucket']);
}

/**
 * Migration 7: test traffic kept apart. Bot clients (`token:<id>`) marked as
 * test, a `test` flag on stored events (asks carry it in the ask record's
 * `test` attribute), and rollup tables of their own that reports read only
 * with `includeTest=true`. Traffic stored before counts as real.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable(TABLES.testClients, (t) => {
    t.string('client_id', 60).primary();
    t.bigInteger('marked_at').notNullable();
    t.string('marked_by', 255);
  });
  await knex.schema.alterTable(TABLES.events, (t) => {
    t.boolean('test').notNullable().defaultTo(false);
  });
  await knex.schema.createTable(TABLES.dailyTest, (t) => rollup(t, 10));
  await knex.schema.createTable(TABLES.monthlyTest, (t) => rollup(t, 7));
}
