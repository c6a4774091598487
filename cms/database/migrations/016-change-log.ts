import type { Knex } from 'knex';
import { CLUSTER_TABLES } from '../../src/cluster/cluster-tables';

/**
 * Migration 16: the change log beside the revisions of migration 5 — what each revision of a kind of derived
 * state changed (for search: which entries), so the other instances apply just that instead of rebuilding.
 * Created on SQLite too, where it stays empty.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(CLUSTER_TABLES.changeLog)) return;
  await knex.schema.createTable(CLUSTER_TABLES.changeLog, (t) => {
    t.string('kind', 30).notNullable();
    t.bigInteger('revision').notNullable();
    t.integer('position').notNullable();
    t.string('target', 30).notNullable();
    t.string('document_id', 64).nullable();
    t.string('locale', 10).nullable();
    t.primary(['kind', 'revision', 'position']);
  });
}
