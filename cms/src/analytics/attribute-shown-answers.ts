import type { UsageEvent } from './usage-event';

/** How long before a bot's `answer_shown` the ask it follows may have been (a resident reading slowly). */
export const SHOWN_AFTER_ASK_MS = 30 * 60_000;
/** How far a bot's clock may run behind the server's. */
export const CLOCK_SKEW_MS = 60_000;

/** An answered ask of the record, as `answer_shown` events without an askId are matched to it. */
export interface SessionAsk {
  askId: string;
  /** Hashed, as the ask record and the event table keep it. */
  sessionId: string;
  answerSlug: string;
  askedAt: number;
}

/**
 * Bots written before ask ids send `answer_shown` without `askId`, while the server records one for
 * every answered ask: such an event gets the askId of the latest ask of its session that answered its
 * slug within `SHOWN_AFTER_ASK_MS` before it, so the two are stored under one id and counted once.
 * An event no recorded ask explains stays as it is (the bot showed an answer it did not ask for).
 */
export function attributeShownAnswers(
  events: UsageEvent[],
  asks: SessionAsk[],
  hashSession: (sessionId: string) => string,
): UsageEvent[] {
  if (asks.length === 0) return events;
  const bySessionSlug = new Map<string, SessionAsk[]>();
  for (const a of asks) {
    const key = `${a.sessionId}\u0001${a.answerSlug}`;
    bySessionSlug.set(key, [...(bySessionSlug.get(key) ?? []), a]);
  }
  return events.map((e) => {
    if (!needsAttribution(e)) return e;
    const candidates = bySessionSlug.get(`${hashSession(e.sessionId)}\u0001${e.answerSlug}`) ?? [];
    let best: SessionAsk | null = null;
    for (const a of candidates) {
      const fits = a.askedAt <= e.occurredAt + CLOCK_SKEW_MS && a.askedAt >= e.occurredAt - SHOWN_AFTER_ASK_MS;
      if (fits && (best === null || a.askedAt > best.askedAt)) best = a;
    }
    return best ? { ...e, askId: best.askId } : e;
  });
}

/** An `answer_shown` that names no ask: attributeShownAnswers looks for the ask it follows. */
export function needsAttribution(e: UsageEvent): e is UsageEvent & { answerSlug: string } {
  return e.type === 'answer_shown' && e.askId === undefined && e.answerSlug !== undefined && e.sessionId !== '';
}
