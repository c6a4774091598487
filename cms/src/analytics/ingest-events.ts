import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { helsinkiDay } from './helsinki-day';
import { RollupDelta } from './rollup-delta';
import { addEventMetrics } from './event-metrics';
import { updateConversations, type ConversationUpdate } from './conversation-outcomes';
import { eventSignal } from './resolved-by-bot';
import type { UsageEvent } from './usage-event';
import { redactPersonalData } from '../privacy/redact-personal-data';

export interface IngestResult { accepted: number; duplicates: number }

export interface IngestOptions {
  clientId: string | null;
  /** What is stored instead of the bot's session id (AnalyticsService.hashSessionId). */
  hashSession: (sessionId: string) => string;
  /** Sent with a bot token marked as test: flagged and rolled up apart (reports leave it out by default). */
  test?: boolean;
}

/** Width of the option column: a redacted option may be longer than the one sent. */
const OPTION_LENGTH = 60;
const redactOption = (option: string) => redactPersonalData(option).slice(0, OPTION_LENGTH);

/**
 * Stores a validated batch in one transaction: events whose id is already
 * stored are skipped (replays change nothing), the rest are inserted and
 * their counts added to the rollups. Session ids are stored hashed and a
 * path option (free text) redacted. Resolves only after the commit.
 */
export async function ingestEvents(knex: Knex, events: UsageEvent[], opts: IngestOptions): Promise<IngestResult> {
  if (events.length === 0) return { accepted: 0, duplicates: 0 };
  const { clientId } = opts;
  const receivedAt = Date.now();
  const days = events.map((e) => helsinkiDay(e.occurredAt));
  const sessions = events.map((e) => opts.hashSession(e.sessionId));
  // The option a resident chose is free text from the bot: redacted before it is stored or counted.
  const redacted = events.map((e) => (e.option === undefined ? e : { ...e, option: redactOption(e.option) }));
  const rows = redacted.map((e, i) => ({
    event_id: e.id, type: e.type, occurred_at: e.occurredAt, day: days[i], session_id: sessions[i], channel: e.channel,
    locale: e.locale, audience: e.audience, role: e.role ?? null, path_slug: e.pathSlug ?? null, step_key: e.stepKey ?? null,
    option_key: e.option ?? null,
    answer_slug: e.answerSlug ?? null, partner_slug: e.partnerSlug ?? null,
    handoff_channel: e.handoffChannel ?? null, reason: e.reason ?? null, urgency: e.urgency ?? null,
    helpful: e.helpful ?? null, comment: e.comment ?? null, client_id: clientId, received_at: receivedAt,
    test: opts.test === true,
  }));
  return knex.transaction(async (trx) => {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += 100) {
      const ids = await trx(TABLES.events).insert(rows.slice(i, i + 100)).onConflict('event_id').ignore().returning('event_id');
      for (const r of ids as Array<{ event_id: string }>) inserted.add(r.event_id);
    }
    const delta = new RollupDelta(opts.test === true);
    const firstHandoff = new Map<string, number>();
    const conversations: ConversationUpdate[] = [];
    events.forEach((e, i) => {
      if (!inserted.has(e.id)) return;
      addEventMetrics(delta, days[i], redacted[i]);
      conversations.push(conversationUpdate(e, sessions[i], days[i]));
      if (e.type === 'handoff_requested' && !firstHandoff.has(sessions[i])) firstHandoff.set(sessions[i], i);
    });
    // A conversation counts once as "handed off", however many handoffs it requested.
    if (firstHandoff.size) {
      const handedOff = [...firstHandoff.keys()].sort(); // one lock order for concurrent transactions
      for (let i = 0; i < handedOff.length; i += 200) {
        const flags = handedOff.slice(i, i + 200).map((s) => ({ session_id: s, flag: 'handoff' }));
        const flagged = await trx(TABLES.sessionFlags).insert(flags)
          .onConflict(['session_id', 'flag']).ignore().returning('session_id');
        for (const r of flagged as Array<{ session_id: string }>) {
          const at = firstHandoff.get(r.session_id)!;
          delta.add(days[at], events[at], 'handoff_conversations');
        }
      }
    }
    await updateConversations(trx, conversations, delta);
    await delta.apply(trx);
    return { accepted: inserted.size, duplicates: events.length - inserted.size };
  });
}

/** What an event tells about its conversation being resolved by the bot (resolved-by-bot.ts). */
function conversationUpdate(e: UsageEvent, sessionId: string, day: string): ConversationUpdate {
  if (e.type === 'conversation_started') return { sessionId, start: { day, dims: e } };
  return { sessionId, signal: eventSignal(e) ?? undefined };
}
