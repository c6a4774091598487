import { validateEventBatch } from '../../cms/src/analytics/validate-event-batch';
import { validateAskRequest } from '../../cms/src/bot/validate-ask-request';

const NOW = Date.parse('2026-11-02T09:00:00Z');
const ASK_ID = '9b2f4c1e-5a7d-4e3b-8c6f-2d1a0e9b7c55';
const base = {
  sessionId: 's1',
  timestamp: '2026-11-02T08:15:00Z',
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
};
const ev = (n: number, fields: Record<string, unknown>) => ({ id: `e${n}`, ...base, ...fields });

/** The 400's `details.errors[0]` of a rejected body. */
function problem(run: () => unknown): { path: unknown; message: string } {
  try {
    run();
  } catch (e) {
    const { path, message } = (e as { details: { errors: Array<{ path: unknown; message: string }> } }).details
      .errors[0];
    return { path, message };
  }
  throw new Error('accepted');
}
const batch =
  (...events: unknown[]) =>
  () =>
    validateEventBatch({ events }, { now: NOW });

describe('validateEventBatch on the contract', () => {
  it('names the index and field of the first problem', () => {
    const events = [ev(1, { type: 'conversation_started' }), ev(2, { type: 'message', role: 'user' })];
    expect(
      problem(
        batch(
          ...events,
          ev(3, { type: 'message', role: 'user' }),
          ev(4, { type: 'conversation_ended', timestamp: 'yesterday' }),
        ),
      ),
    ).toEqual({
      path: ['events', 3, 'timestamp'],
      message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-02T08:15:00Z',
    });
    expect(problem(batch(ev(1, { type: 'path_step', pathSlug: 'p', stepKey: 'start' })))).toEqual({
      path: ['events', 0, 'option'],
      message: 'is required for a path_step event',
    });
    expect(problem(batch(ev(1, { type: 'message', role: 'user', answerSlug: 'a' })))).toEqual({
      path: ['events', 0, 'answerSlug'],
      message: 'is not a field of a message event',
    });
    expect(
      problem(batch(ev(1, { type: 'handoff_requested', handoffChannel: 'fax', reason: 'x', urgency: 'normal' }))),
    ).toEqual({
      path: ['events', 0, 'handoffChannel'],
      message: 'must be one of live_chat, callback, video, phone',
    });
    expect(problem(batch(ev(1, { type: 'teleport' })))).toMatchObject({ path: ['events', 0, 'type'] });
  });

  it('keeps the time limits, duplicate ids and comment redaction', () => {
    expect(problem(batch(ev(1, { type: 'conversation_ended', timestamp: '2026-11-02T10:00:00Z' })))).toEqual({
      path: ['events', 0, 'timestamp'],
      message: 'is in the future',
    });
    expect(problem(batch(ev(1, { type: 'conversation_ended', timestamp: '2024-01-01T00:00:00Z' })))).toEqual({
      path: ['events', 0, 'timestamp'],
      message: 'is more than 400 days old',
    });
    const comment = 'soita 040 1234567';
    const out = batch(
      ev(1, { type: 'feedback', answerSlug: 'a', helpful: false, comment }),
      ev(1, { type: 'conversation_ended' }),
    )();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      id: 'e1',
      type: 'feedback',
      occurredAt: Date.parse(base.timestamp),
      helpful: false,
    });
    expect(out[0].comment).not.toContain('1234567');
    expect(out[0]).not.toHaveProperty('timestamp');
  });

  it('accepts feedback that names its ask by askId without a slug, and answer_shown with an askId', () => {
    const out = batch(
      ev(1, { type: 'feedback', askId: ASK_ID, helpful: true }),
      ev(2, { type: 'answer_shown', answerSlug: 'a', askId: ASK_ID }),
    )();
    expect(out.map((e) => [e.type, e.askId])).toEqual([
      ['feedback', ASK_ID],
      ['answer_shown', ASK_ID],
    ]);
  });

  it('still needs exactly one slug on feedback without askId, and never both', () => {
    const needs = {
      path: ['events', 0, 'answerSlug'],
      message: 'a feedback event needs exactly one of answerSlug or pathSlug',
    };
    expect(problem(batch(ev(1, { type: 'feedback', helpful: true })))).toEqual(needs);
    expect(problem(batch(ev(1, { type: 'feedback', helpful: true, answerSlug: 'a', pathSlug: 'p' })))).toEqual(needs);
    expect(problem(batch(ev(1, { type: 'feedback', helpful: true, askId: 'not-a-uuid' })))).toMatchObject({
      path: ['events', 0, 'askId'],
    });
  });

  it('accepts an option key on path_step and a label from older bots', () => {
    const step = (option: string) => ev(1, { type: 'path_step', pathSlug: 'p', stepKey: 'start', option });
    expect(batch(step('tarkastus'))()[0].option).toBe('tarkastus');
    expect(batch(step('Kyllä, lääkettä on vielä'))()[0].option).toBe('Kyllä, lääkettä on vielä');
  });
});

describe('validateAskRequest on the contract', () => {
  it('trims the question and names the field of a problem', () => {
    expect(validateAskRequest({ question: '  hei  ', locale: 'sv' }, 10)).toEqual({ question: 'hei', locale: 'sv' });
    expect(problem(() => validateAskRequest({ question: '   ', locale: 'fi' }, 10))).toEqual({
      path: ['question'],
      message: 'must not be empty',
    });
    expect(problem(() => validateAskRequest({ question: 'x'.repeat(11), locale: 'fi' }, 10))).toEqual({
      path: ['question'],
      message: 'must be at most 10 characters',
    });
    expect(problem(() => validateAskRequest({ question: 'q', locale: 'en' }, 10))).toEqual({
      path: ['locale'],
      message: 'must be "fi" or "sv"',
    });
    expect(problem(() => validateAskRequest({ question: 'q', locale: 'fi', audience: 'alien' }, 10))).toMatchObject({
      path: ['audience'],
    });
    expect(problem(() => validateAskRequest({ question: 'q', locale: 'fi', extra: 1 }, 10))).toEqual({
      path: ['extra'],
      message: 'is not a known field',
    });
  });
});
