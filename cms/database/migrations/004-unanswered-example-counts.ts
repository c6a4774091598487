import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';

/**
 * Migration 4: a group's examples roll (roll-examples.ts): each example text
 * counts how often it was asked, and `asked_at` becomes when it was last asked.
 * An example stored before counts once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable(TABLES.groupExamples, (t) => {
    t.bigInteger('count').notNullable().defaultTo(1);
  });
}
