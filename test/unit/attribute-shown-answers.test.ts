import {
  attributeShownAnswers,
  CLOCK_SKEW_MS,
  SHOWN_AFTER_ASK_MS,
  type SessionAsk,
} from '../../cms/src/analytics/attribute-shown-answers';
import type { UsageEvent } from '../../cms/src/analytics/usage-event';

const T = Date.UTC(2026, 11, 6, 10);
const hash = (s: string) => `h:${s}`;
const shown = (fields: Partial<UsageEvent> = {}): UsageEvent => ({
  id: 'e-1',
  type: 'answer_shown',
  sessionId: 's-1',
  occurredAt: T,
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  answerSlug: 'hammashoitola',
  ...fields,
});
const ask = (askId: string, askedAt: number, fields: Partial<SessionAsk> = {}): SessionAsk => ({
  askId,
  sessionId: 'h:s-1',
  answerSlug: 'hammashoitola',
  askedAt,
  ...fields,
});

describe('attributeShownAnswers (answer_shown from bots that send no askId)', () => {
  it('takes the latest ask of the same session that answered the same slug before the event', () => {
    const asks = [ask('a-old', T - 20 * 60_000), ask('a-new', T - 5_000), ask('a-later', T + 5 * 60_000)];
    expect(attributeShownAnswers([shown()], asks, hash)[0].askId).toBe('a-new');
  });

  it('allows a bot clock running a minute behind, not more', () => {
    expect(attributeShownAnswers([shown()], [ask('a', T + CLOCK_SKEW_MS)], hash)[0].askId).toBe('a');
    expect(attributeShownAnswers([shown()], [ask('a', T + CLOCK_SKEW_MS + 1)], hash)[0].askId).toBeUndefined();
  });

  it('leaves events no ask explains: too old, another session, another slug', () => {
    const asks = [
      ask('too-old', T - SHOWN_AFTER_ASK_MS - 1),
      ask('other-session', T - 1_000, { sessionId: 'h:s-2' }),
      ask('other-slug', T - 1_000, { answerSlug: 'kirjastokortti' }),
    ];
    expect(attributeShownAnswers([shown()], asks, hash)).toEqual([shown()]);
  });

  it('keeps an askId the bot sent and leaves other event types alone', () => {
    const asks = [ask('a', T - 1_000)];
    expect(attributeShownAnswers([shown({ askId: 'given' })], asks, hash)[0].askId).toBe('given');
    const feedback = shown({ type: 'feedback', helpful: true });
    expect(attributeShownAnswers([feedback], asks, hash)[0]).toBe(feedback);
  });
});
