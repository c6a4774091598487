import type { Knex } from 'knex';
import { BANK_TABLES } from '../../src/question-bank/bank-tables';
import { MAX_INSTANCE_NAME } from '../../src/config/env-schema';

/**
 * Migration 17: a question-bank run records the instance that runs it and when that instance last said it was
 * alive, so an instance starting beside others interrupts only runs that are its own or abandoned.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn(BANK_TABLES.runs, 'instance')) return;
  await knex.schema.alterTable(BANK_TABLES.runs, (t) => {
    t.string('instance', MAX_INSTANCE_NAME).nullable();
    t.bigInteger('heartbeat_at').nullable();
  });
}
