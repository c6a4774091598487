import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';

/** Migration 12: managers' named resource-simulation scenarios (resource-simulation.ts), input stored as JSON. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable(TABLES.simulationScenarios, (t) => {
    t.increments('id');
    t.string('name', 100).notNullable().unique();
    t.text('input').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.string('updated_by', 255);
  });
}
