import type { Knex } from 'knex';
import { ASK_UID } from '../../src/content-uids';
import { TABLES } from '../../src/analytics/analytics-tables';
import { RollupDelta } from '../../src/analytics/rollup-delta';
import { updateConversations, type ConversationUpdate } from '../../src/analytics/conversation-outcomes';
import { eventSignal } from '../../src/analytics/resolved-by-bot';

/** What Strapi passes a migration besides the transaction: its database, whose model metadata is loaded. */
interface MigrationDb {
  metadata: { get(uid: string): { tableName: string; attributes: Record<string, { columnName?: string }> } };
  logger: { info(message: string): void };
}

const PAGE = 2000;
const SIGNAL_TYPES = ['conversation_started', 'answer_shown', 'path_completed', 'handoff_requested', 'feedback'];

async function fold(knex: Knex, updates: ConversationUpdate[]): Promise<void> {
  const delta = new RollupDelta();
  await updateConversations(knex as Knex.Transaction, updates, delta);
  await delta.apply(knex);
}

/**
 * Migration 6: what each conversation told about being resolved by the bot
 * (resolved-by-bot.ts), and the `resolved_by_bot` rollups that savings read,
 * re-computed from the stored events and asks (pages of 2,000 rows; folding
 * is order-free, so the pages need no order across tables).
 */
export async function up(knex: Knex, db: MigrationDb): Promise<void> {
  await knex.schema.createTable(TABLES.conversations, (t) => {
    t.string('session_id', 100).primary();
    t.string('day', 10);
    t.string('locale', 5);
    t.string('audience', 20);
    t.string('channel', 40);
    t.boolean('helped').notNullable().defaultTo(false);
    t.boolean('handed_off').notNullable().defaultTo(false);
    t.bigInteger('last_question_at');
    t.boolean('last_question_answered').notNullable().defaultTo(false);
    t.bigInteger('last_feedback_at');
    t.boolean('last_feedback_helpful').notNullable().defaultTo(false);
    t.boolean('resolved').notNullable().defaultTo(false);
  });
  let events = 0;
  for (let after = ''; ;) {
    const rows = await knex(TABLES.events)
      .select('event_id', 'type', 'occurred_at', 'day', 'session_id', 'locale', 'audience', 'channel', 'helpful')
      .whereIn('type', SIGNAL_TYPES)
      .where('event_id', '>', after)
      .orderBy('event_id')
      .limit(PAGE);
    if (rows.length === 0) break;
    await fold(
      knex,
      rows.map((r) => {
        const dims = { locale: r.locale, audience: r.audience, channel: r.channel };
        if (r.type === 'conversation_started') return { sessionId: r.session_id, start: { day: r.day, dims } };
        const signal = eventSignal({ type: r.type, occurredAt: Number(r.occurred_at), helpful: Boolean(r.helpful) });
        return { sessionId: r.session_id, signal: signal ?? undefined };
      }),
    );
    events += rows.length;
    after = rows[rows.length - 1].event_id;
  }
  const meta = db.metadata.get(ASK_UID);
  let asks = 0;
  if (await knex.schema.hasTable(meta.tableName)) {
    const col = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
    for (let after = 0; ;) {
      const rows = await knex(meta.tableName)
        .select('id', `${col('sessionId')} as session`, `${col('askedAt')} as at`, `${col('answered')} as answered`)
        .whereNotNull(col('sessionId'))
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE);
      if (rows.length === 0) break;
      await fold(
        knex,
        rows.map((r) => ({
          sessionId: r.session,
          signal: { kind: 'question' as const, at: new Date(r.at).getTime(), answered: Boolean(r.answered) },
        })),
      );
      asks += rows.length;
      after = rows[rows.length - 1].id;
    }
  }
  db.logger.info(`conversation outcomes re-computed from ${events} events and ${asks} asks`);
}
