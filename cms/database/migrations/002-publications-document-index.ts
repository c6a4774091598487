import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';

/**
 * Migration 2: every publish reads the document's publication history
 * (`WHERE document_id = ?`, publication-history.ts); without this index that is
 * a scan of the whole history inside the publish transaction.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable(TABLES.publications, (t) => {
    t.index(['document_id'], `${TABLES.publications}_document_idx`);
  });
}
