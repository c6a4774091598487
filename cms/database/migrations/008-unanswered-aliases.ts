import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';

/**
 * Migration 8: what content experts taught the grouping (group-aliases.ts).
 * When they merge groups or move examples, each question key involved is
 * pointed at the group its later asks join, by whom and when.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(TABLES.groupAliases)) return;
  await knex.schema.createTable(TABLES.groupAliases, (t) => {
    t.string('locale', 5).notNullable();
    t.string('key', 500).notNullable();
    t.integer('group_id').notNullable();
    t.string('created_by', 255).notNullable();
    t.bigInteger('created_at').notNullable();
    t.primary(['locale', 'key']);
    t.index(['group_id']);
  });
}
