import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { helsinkiDay } from './helsinki-day';
import { RollupDelta } from './rollup-delta';
import { addEventMetrics } from './event-metrics';
import { updateConversations, type ConversationUpdate } from './conversation-outcomes';
import { eventSignal } from './resolved-by-bot';
import type { UsageEvent } from './usage-event';
import { storedOption } from './stored-option';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

export interface IngestOptions {
  clientId: string | null;
  /** What is stored instead of the bot's session id (AnalyticsService.hashSessionId). */
  hashSession: (sessionId: string) => string;
  /** Sent with a bot token marked as test: flagged and rolled up apart (reports leave it out by default). */
  test?: boolean;
}

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
  const test = opts.test === true;
  const rows = events.map((e, i) => {
    const at = { session: sessions[i], day: days[i], clientId, receivedAt, test };
    return storedEventRow(e, at);
  });
  return knex.transaction(async (trx) => {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += 100) {
      const ids = await trx(TABLES.events)
        .insert(rows.slice(i, i + 100))
        .onConflict('event_id')
        .ignore()
        .returning('event_id');
      for (const r of ids as Array<{ event_id: string }>) inserted.add(r.event_id);
    }
    const delta = new RollupDelta(opts.test === true);
    const firstHandoff = new Map<string, number>();
    const conversations: ConversationUpdate[] = [];
    // Two events of a batch can share a stored id (answer_shown events naming one ask): counted once.
    const counted = new Set<string>();
    events.forEach((e, i) => {
      if (!inserted.has(e.id) || counted.has(e.id)) return;
      counted.add(e.id);
      addEventMetrics(delta, days[i], e);
      conversations.push(conversationUpdate(e, sessions[i], days[i]));
      if (e.type === 'handoff_requested' && !firstHandoff.has(sessions[i])) firstHandoff.set(sessions[i], i);
    });
    // A conversation counts once as "handed off", however many handoffs it requested.
    if (firstHandoff.size) {
      const handedOff = [...firstHandoff.keys()].sort(); // one lock order for concurrent transactions
      for (let i = 0; i < handedOff.length; i += 200) {
        const flags = handedOff.slice(i, i + 200).map((s) => ({ session_id: s, flag: 'handoff' }));
        const flagged = await trx(TABLES.sessionFlags)
          .insert(flags)
          .onConflict(['session_id', 'flag'])
          .ignore()
          .returning('session_id');
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

/** Where and when an event is stored: its hashed session, Helsinki day, client and receipt. */
export interface StoredEventContext {
  session: string;
  day: string;
  clientId: string | null;
  receivedAt: number;
  test: boolean;
}

/** An event's row in TABLES.events; a path option (free text from older bots) is redacted. */
export function storedEventRow(e: UsageEvent, at: StoredEventContext): Record<string, unknown> {
  return {
    event_id: e.id,
    type: e.type,
    occurred_at: e.occurredAt,
    day: at.day,
    session_id: at.session,
    channel: e.channel,
    locale: e.locale,
    audience: e.audience,
    role: e.role ?? null,
    path_slug: e.pathSlug ?? null,
    step_key: e.stepKey ?? null,
    option_key: e.option === undefined ? null : storedOption(e.option),
    answer_slug: e.answerSlug ?? null,
    partner_slug: e.partnerSlug ?? null,
    handoff_channel: e.handoffChannel ?? null,
    reason: e.reason ?? null,
    urgency: e.urgency ?? null,
    helpful: e.helpful ?? null,
    comment: e.comment ?? null,
    client_id: at.clientId,
    received_at: at.receivedAt,
    test: at.test,
    ask_id: e.askId ?? null,
  };
}

/** What an event tells about its conversation being resolved by the bot (resolved-by-bot.ts). */
function conversationUpdate(e: UsageEvent, sessionId: string, day: string): ConversationUpdate {
  if (e.type === 'conversation_started') return { sessionId, start: { day, dims: e } };
  return { sessionId, signal: eventSignal(e) ?? undefined };
}
