import { failValidation } from '../validation-failure';
import { answerShownEventId } from './answer-shown-event-id';
import type { UsageEvent } from './usage-event';

/** What an event learns from the ask it names: the answer or path the server returned (null: unanswered). */
export interface ReferencedAsk {
  askId: string;
  answerSlug: string | null;
  answerKind: string | null;
}

/**
 * Events that name an askId, checked against the recorded asks: the ask must exist; a `feedback`
 * without a slug gets the ask's answer or path, one with a slug must name that answer or path; an
 * `answer_shown` gets the id the server's own record of it has (answer-shown-event-id.ts).
 * `indexOf` gives an event's position in the request for the 400's path.
 */
export function resolveAskReferences(
  events: UsageEvent[],
  asks: Map<string, ReferencedAsk>,
  indexOf: (e: UsageEvent) => number,
): UsageEvent[] {
  return events.map((e) => {
    if (e.askId === undefined) return e;
    const ask = asks.get(e.askId);
    const at = (field: string) => ['events', indexOf(e), field];
    if (!ask) failValidation(at('askId'), 'is not the id of a recorded ask');
    if (e.type === 'answer_shown') return { ...e, id: answerShownEventId(ask.askId, e.answerSlug as string) };
    if (e.type !== 'feedback') return e;
    if (e.answerSlug === undefined && e.pathSlug === undefined) {
      if (!ask.answerSlug) failValidation(at('askId'), 'names an unanswered ask: give answerSlug or pathSlug');
      return ask.answerKind === 'path' ? { ...e, pathSlug: ask.answerSlug } : { ...e, answerSlug: ask.answerSlug };
    }
    const given =
      e.answerSlug !== undefined
        ? { field: 'answerSlug', kind: 'answer', slug: e.answerSlug }
        : { field: 'pathSlug', kind: 'path', slug: e.pathSlug };
    const agrees = ask.answerSlug === null || (ask.answerSlug === given.slug && ask.answerKind === given.kind);
    const answered = `${ask.answerKind} ${ask.answerSlug}`;
    if (!agrees) failValidation(at(given.field), `must be what ask ${ask.askId} answered (${answered})`);
    return e;
  });
}
