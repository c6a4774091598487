import { createHash } from 'node:crypto';

/**
 * The stored id of the `answer_shown` event of an ask: the server records one when the ask is answered
 * (ask rollup) and a bot's own `answer_shown` with that askId gets the same id, so the event table's
 * primary key counts it once, whichever arrives first. Another slug (a suggestion shown) is another event.
 */
export function answerShownEventId(askId: string, answerSlug: string): string {
  const slug = createHash('sha256').update(answerSlug).digest('hex').slice(0, 16);
  return `ask:${askId}:${slug}`;
}
