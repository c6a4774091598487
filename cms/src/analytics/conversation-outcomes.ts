import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { isPostgres } from '../db/database-client';
import type { Dimensions, RollupDelta } from './rollup-delta';
import { foldConversation, isResolvedByBot, type ConversationFacts, type ConversationSignal } from './resolved-by-bot';

/** The rollup metric: conversations resolved by the bot, counted on the day and dimensions they started. */
export const RESOLVED_METRIC = 'resolved_by_bot';

/** What a batch learnt of one conversation: that it started (when, where) and/or a signal. */
export interface ConversationUpdate {
  sessionId: string;
  start?: { day: string; dims: Dimensions };
  signal?: ConversationSignal;
}

type Row = Record<string, unknown>;

const toFacts = (r: Row): ConversationFacts => ({
  helped: Boolean(r.helped),
  handedOff: Boolean(r.handed_off),
  lastQuestionAt: r.last_question_at === null ? null : Number(r.last_question_at),
  lastQuestionAnswered: Boolean(r.last_question_answered),
  lastFeedbackAt: r.last_feedback_at === null ? null : Number(r.last_feedback_at),
  lastFeedbackHelpful: Boolean(r.last_feedback_helpful),
});

const fromFacts = (f: ConversationFacts) => ({
  helped: f.helped,
  handed_off: f.handedOff,
  last_question_at: f.lastQuestionAt,
  last_question_answered: f.lastQuestionAnswered,
  last_feedback_at: f.lastFeedbackAt,
  last_feedback_helpful: f.lastFeedbackHelpful,
});

const dimsOf = (r: Row): Dimensions => ({
  locale: String(r.locale),
  audience: String(r.audience),
  channel: String(r.channel),
});

const CHUNK = 200;

/**
 * Folds a batch's signals into the stored conversations (inside the
 * caller's transaction) and adds +1 / -1 to the `resolved_by_bot` rollup of
 * each conversation whose verdict changed. A conversation counts only once
 * its `conversation_started` is stored, on that event's day and dimensions,
 * as `conversations` does. Rows are locked in session order (PostgreSQL).
 */
export async function updateConversations(
  trx: Knex.Transaction,
  updates: readonly ConversationUpdate[],
  delta: RollupDelta,
): Promise<void> {
  const bySession = new Map<string, ConversationUpdate[]>();
  for (const u of updates) bySession.set(u.sessionId, [...(bySession.get(u.sessionId) ?? []), u]);
  const sessions = [...bySession.keys()].sort();
  for (let i = 0; i < sessions.length; i += CHUNK) {
    const chunk = sessions.slice(i, i + CHUNK);
    await trx(TABLES.conversations)
      .insert(chunk.map((s) => ({ session_id: s })))
      .onConflict('session_id')
      .ignore();
    const q = trx(TABLES.conversations).select('*').whereIn('session_id', chunk).orderBy('session_id');
    if (isPostgres(trx)) q.forUpdate();
    const changed: Row[] = [];
    for (const row of (await q) as Row[]) {
      const own = bySession.get(String(row.session_id)) ?? [];
      const start = row.day ? { day: String(row.day), dims: dimsOf(row) } : own.find((u) => u.start)?.start;
      const facts = own.reduce((f, u) => (u.signal ? foldConversation(f, u.signal) : f), toFacts(row));
      const resolved = start !== undefined && isResolvedByBot(facts);
      const next = {
        session_id: row.session_id,
        day: start?.day ?? null,
        locale: start?.dims.locale ?? null,
        audience: start?.dims.audience ?? null,
        channel: start?.dims.channel ?? null,
        ...fromFacts(facts),
        resolved,
      };
      if (Boolean(row.resolved) !== resolved && start)
        delta.add(start.day, start.dims, RESOLVED_METRIC, '', '', resolved ? 1 : -1);
      changed.push(next);
    }
    if (changed.length) await trx(TABLES.conversations).insert(changed).onConflict('session_id').merge();
  }
}
