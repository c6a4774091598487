import type { Core } from '@strapi/strapi';
import { TABLES } from '../../cms/src/analytics/analytics-tables';
import { askTable } from '../../cms/src/bot/ask-recorder';

/** Rows of the ask record and of every analytics table: what "records nothing" compares. */
export async function recordCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const knex = strapi.db.connection;
  const counts: Record<string, number> = {};
  for (const table of [askTable(strapi).table, ...Object.values(TABLES)]) {
    const [row] = await knex(table).count({ n: '*' });
    counts[table] = Number(row.n);
  }
  return counts;
}
