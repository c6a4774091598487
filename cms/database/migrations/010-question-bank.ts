import type { Knex } from 'knex';
import { BANK_TABLES } from '../../src/question-bank/bank-tables';

/** Migration 10: the question bank (test questions with expected answers) and its runs (bank-tables.ts). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable(BANK_TABLES.questions, (t) => {
    t.increments('id');
    t.string('locale', 5).notNullable();
    t.string('question', 500).notNullable();
    t.string('expected', 1100).notNullable().defaultTo('');
    t.string('source', 20).notNullable();
    t.integer('group_id');
    t.string('created_by', 200);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['locale', 'question']);
  });
  await knex.schema.createTable(BANK_TABLES.runs, (t) => {
    t.increments('id');
    t.string('content', 20).notNullable();
    t.string('trigger', 20).notNullable();
    t.string('status', 20).notNullable();
    t.integer('questions').notNullable().defaultTo(0);
    t.integer('done').notNullable().defaultTo(0);
    t.bigInteger('queued_at').notNullable();
    t.bigInteger('started_at');
    t.bigInteger('finished_at');
    t.text('totals');
    t.text('error');
    t.index(['content', 'status', 'id']);
  });
  await knex.schema.createTable(BANK_TABLES.results, (t) => {
    t.integer('run_id').notNullable();
    t.integer('question_id').notNullable();
    t.string('locale', 5).notNullable();
    t.string('question', 500).notNullable();
    t.string('expected', 1100).notNullable();
    t.boolean('answered').notNullable();
    t.string('answer_kind', 10);
    t.string('answer_slug', 200);
    t.string('top_slugs', 1100).notNullable();
    t.float('score');
    t.boolean('passed').notNullable();
    t.primary(['run_id', 'question_id']);
    t.index(['question_id']);
  });
}
