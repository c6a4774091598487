import type { Knex } from 'knex';
import { ROLLUP_KEY, TABLES } from '../../src/analytics/analytics-tables';

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
 * Migration 1: the analytics tables as release 0.1 created them at boot
 * ("create if missing"). Creates what is missing, so it changes nothing on a
 * database that release made and builds the whole layout on a fresh one.
 * Never edit a migration that has shipped: add the next one.
 */
export async function up(knex: Knex): Promise<void> {
  const create = async (name: string, build: (t: Knex.CreateTableBuilder) => void) => {
    if (!(await knex.schema.hasTable(name))) await knex.schema.createTable(name, build);
  };
  await create(TABLES.events, (t) => {
    t.string('event_id', 100).primary();
    t.string('type', 30).notNullable();
    t.bigInteger('occurred_at').notNullable();
    t.string('day', 10).notNullable();
    t.string('session_id', 100).notNullable();
    t.string('channel', 40).notNullable();
    t.string('locale', 5).notNullable();
    t.string('audience', 20).notNullable();
    t.string('role', 10);
    t.string('path_slug', 200);
    t.string('step_key', 60);
    t.string('option_key', 60);
    t.string('answer_slug', 200);
    t.string('partner_slug', 200);
    t.string('handoff_channel', 20);
    t.string('reason', 60);
    t.string('urgency', 20);
    t.boolean('helpful');
    t.text('comment');
    t.string('client_id', 60);
    t.bigInteger('received_at').notNullable();
    t.index(['occurred_at']);
  });
  await create(TABLES.daily, (t) => rollup(t, 10));
  await create(TABLES.monthly, (t) => rollup(t, 7));
  await create(TABLES.sessionFlags, (t) => {
    t.string('session_id', 100).notNullable();
    t.string('flag', 30).notNullable();
    t.primary(['session_id', 'flag']);
  });
  await create(TABLES.groups, (t) => {
    t.increments('id');
    t.string('locale', 5).notNullable();
    t.string('label', 500).notNullable();
    t.string('status', 20).notNullable().defaultTo('new');
    t.bigInteger('total_count').notNullable().defaultTo(0);
    t.bigInteger('first_seen').notNullable();
    t.bigInteger('last_seen').notNullable();
    t.string('resolution_kind', 10);
    t.string('resolution_slug', 200);
    t.string('resolution_phrasing', 500);
    t.string('resolved_by', 255);
    t.bigInteger('resolved_at');
    t.bigInteger('updated_at').notNullable();
    t.index(['status']);
  });
  await create(TABLES.groupKeys, (t) => {
    t.string('locale', 5).notNullable();
    t.string('key', 500).notNullable();
    t.integer('group_id').notNullable();
    t.primary(['locale', 'key']);
  });
  await create(TABLES.groupDaily, (t) => {
    t.integer('group_id').notNullable();
    t.string('day', 10).notNullable();
    t.string('locale', 5).notNullable();
    t.string('audience', 20).notNullable();
    t.string('channel', 40).notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['group_id', 'day', 'locale', 'audience', 'channel']);
    t.index(['day']);
  });
  await create(TABLES.groupMonthly, (t) => {
    t.integer('group_id').notNullable();
    t.string('month', 7).notNullable();
    t.string('locale', 5).notNullable();
    t.string('audience', 20).notNullable();
    t.string('channel', 40).notNullable();
    t.bigInteger('count').notNullable();
    t.primary(['group_id', 'month', 'locale', 'audience', 'channel']);
    t.index(['month']);
  });
  await create(TABLES.groupExamples, (t) => {
    t.integer('group_id').notNullable();
    t.string('text', 500).notNullable();
    t.bigInteger('asked_at').notNullable();
    t.primary(['group_id', 'text']);
    t.index(['asked_at']);
  });
  await create(TABLES.publications, (t) => {
    t.increments('id');
    t.string('document_id', 100).notNullable();
    t.string('kind', 10).notNullable();
    t.string('locale', 5).notNullable();
    t.string('audience', 20).notNullable();
    t.string('action', 12).notNullable();
    t.bigInteger('at').notNullable();
    t.index(['kind', 'at']);
  });
  await create(TABLES.settings, (t) => {
    t.string('key', 60).primary();
    t.text('value').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.string('updated_by', 255);
  });
  await create(TABLES.accessLog, (t) => {
    t.increments('id');
    t.bigInteger('at').notNullable();
    t.string('user_email', 255).notNullable();
    t.string('action', 60).notNullable();
    t.string('target', 200);
  });
}
