import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';

/**
 * Migration 20: when each language version of an answer or path last changed its translated text (not just
 * republished), so a Swedish version counts as behind the Finnish one only when the Finnish text changed since.
 * Empty at first: an entry without a row falls back to its Finnish publish time, as before.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(TABLES.textChanges)) return;
  await knex.schema.createTable(TABLES.textChanges, (t) => {
    t.string('document_id', 64).notNullable();
    t.string('locale', 10).notNullable();
    t.string('fingerprint', 64).notNullable();
    t.bigInteger('changed_at').notNullable();
    t.primary(['document_id', 'locale']);
  });
}
