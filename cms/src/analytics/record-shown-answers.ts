import type { Knex } from 'knex';
import type { Audience } from '@botkb/contract';
import type { RecordedAsk } from './analytics-service';
import { TABLES } from './analytics-tables';
import { answerShownEventId } from './answer-shown-event-id';
import { addEventMetrics } from './event-metrics';
import { helsinkiDay } from './helsinki-day';
import { storedEventRow } from './ingest-events';
import { knownChannel } from './known-channel';
import type { RollupDelta } from './rollup-delta';
import type { UsageEvent } from './usage-event';

/** The `answer_shown` event the server records for an answered ask (a bot need not send it). */
function shownEvent(a: RecordedAsk & { askId: string; answerSlug: string }): UsageEvent {
  return {
    id: answerShownEventId(a.askId, a.answerSlug),
    type: 'answer_shown',
    sessionId: a.sessionId ?? '',
    occurredAt: a.askedAt.getTime(),
    channel: knownChannel(a.channel),
    locale: a.locale as UsageEvent['locale'],
    // Counted under the ask's own dimensions, like its question ('' when the bot sent no audience).
    audience: (a.audience ?? '') as Audience,
    answerSlug: a.answerSlug,
    askId: a.askId,
  };
}

/**
 * Inside the ask rollup's transaction: an `answer_shown` event per answered ask (answers, not paths),
 * stored under the id a bot's own `answer_shown` with that askId gets, so it is counted once.
 */
export async function recordShownAnswers(
  trx: Knex.Transaction,
  asks: RecordedAsk[],
  delta: RollupDelta,
  test: boolean,
): Promise<void> {
  const shown = asks
    .filter((a): a is RecordedAsk & { askId: string; answerSlug: string } => a.answered && a.answerKind === 'answer')
    .filter((a) => a.askId !== null && a.answerSlug !== null);
  const receivedAt = Date.now();
  for (let i = 0; i < shown.length; i += 100) {
    const batch = shown.slice(i, i + 100).map((a) => ({ event: shownEvent(a), clientId: a.clientId }));
    // The ask record keeps the session id hashed already.
    const rows = batch.map(({ event, clientId }) =>
      storedEventRow(event, {
        session: event.sessionId,
        day: helsinkiDay(event.occurredAt),
        clientId,
        receivedAt,
        test,
      }),
    );
    const ids = await trx(TABLES.events).insert(rows).onConflict('event_id').ignore().returning('event_id');
    const inserted = new Set((ids as Array<{ event_id: string }>).map((r) => r.event_id));
    for (const { event } of batch) {
      if (inserted.has(event.id)) addEventMetrics(delta, helsinkiDay(event.occurredAt), event);
    }
  }
}
