import type { Knex } from 'knex';
import { ASK_UID } from '../../src/content-uids';
import { TABLES } from '../../src/analytics/analytics-tables';
import { conversationRephrasings } from '../../src/analytics/conversation-rephrasings';
import { mergeRephrasedGroups } from '../../src/analytics/merge-rephrased-groups';
import type { RephraseRow } from '../../src/analytics/add-rephrases';

/** What Strapi passes a migration besides the transaction: its database, whose model metadata is loaded. */
interface MigrationDb {
  metadata: { get(uid: string): { tableName: string; attributes: Record<string, { columnName?: string }> } };
  logger: { info(message: string): void };
}

/** The conversations (hashed session ids) with at least two unanswered asks: only they can hold a rephrasing. */
async function rephrasingSessions(knex: Knex, asks: { table: string; col: (a: string) => string }): Promise<string[]> {
  const { table, col } = asks;
  const rows = await knex(table)
    .whereNotNull(col('sessionId'))
    .where(col('answered'), false)
    .groupBy(col('sessionId'))
    .havingRaw('count(*) > 1')
    .select({ session: col('sessionId') });
  return rows.map((r) => String(r.session)).sort();
}

/**
 * Migration 18 (issue 15): residents' rewordings join unanswered-question
 * groups (rephrase-links.ts). A table of pairs of groups with the
 * conversations in which residents reworded one's question as the other's,
 * and each group's count of such conversations behind its automatic merges
 * (the reason its page shows). The rule is applied to the asks already
 * recorded: open groups it links strongly enough merge as an expert's merge
 * does (status and resolution kept by merged-status.ts); resolved and
 * ignored groups never merge. Group ids and counts only: no text, no session id.
 */
export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  if (!(await knex.schema.hasTable(TABLES.groupRephrases))) {
    await knex.schema.createTable(TABLES.groupRephrases, (t) => {
      t.string('locale', 5).notNullable();
      t.integer('group_a').notNullable();
      t.integer('group_b').notNullable();
      t.integer('conversations').notNullable();
      t.bigInteger('last_seen').notNullable();
      // 1 once a content expert moved examples from one group to the other: never merged automatically again.
      t.integer('kept_apart').notNullable().defaultTo(0);
      t.primary(['group_a', 'group_b']);
      t.index(['group_b']);
    });
  }
  if (!(await knex.schema.hasColumn(TABLES.groups, 'rephrase_conversations'))) {
    await knex.schema.alterTable(TABLES.groups, (t) => {
      t.integer('rephrase_conversations').notNullable().defaultTo(0);
    });
  }
  const meta = db.metadata.get(ASK_UID);
  // A fresh database: Strapi creates the ask record after the migrations (and there is nothing to re-group).
  if (!(await knex.schema.hasTable(meta.tableName))) return;
  const asks = {
    table: meta.tableName,
    col: (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute,
  };
  const sessions = await rephrasingSessions(knex, asks);
  // Asks not rolled up yet are the rollup's to count (it adds their evidence with their groups' counts).
  const pending = new Set(
    ((await knex(asks.table).where(asks.col('rolledUp'), false).select('id')) as Array<{ id: number }>).map((r) =>
      Number(r.id),
    ),
  );
  const found = (await conversationRephrasings(knex, { asks, sessions })).filter((r) => !pending.has(r.askId));
  const evidence = found.map((r): RephraseRow => ({
    locale: r.locale,
    group_a: r.a,
    group_b: r.b,
    conversations: 1,
    last_seen: r.askedAt,
  }));
  const merges = await mergeRephrasedGroups(knex as Knex.Transaction, evidence);
  const result = { pairs: evidence.length, merged: merges.length };
  db.logger.info(`unanswered questions merged on residents' rewordings: ${JSON.stringify(result)}`);
}
