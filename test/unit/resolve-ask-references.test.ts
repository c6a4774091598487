import { resolveAskReferences, type ReferencedAsk } from '../../cms/src/analytics/resolve-ask-references';
import { answerShownEventId } from '../../cms/src/analytics/answer-shown-event-id';
import type { UsageEvent } from '../../cms/src/analytics/usage-event';

const ASK = '6f1c2a34-1b2c-4d3e-8f90-123456789abc';
const asks = new Map<string, ReferencedAsk>([
  [ASK, { askId: ASK, answerSlug: 'neuvola', answerKind: 'answer' }],
  ['unanswered', { askId: 'unanswered', answerSlug: null, answerKind: null }],
]);
const base = { sessionId: 's', occurredAt: 0, channel: 'web_chat', locale: 'fi', audience: 'resident' } as const;
const feedback = (fields: Partial<UsageEvent>): UsageEvent => ({
  ...base,
  id: 'f1',
  type: 'feedback',
  helpful: true,
  ...fields,
});
const resolve = (e: UsageEvent) => resolveAskReferences([e], asks, () => 3)[0];
const failure = (e: UsageEvent) => {
  try {
    resolve(e);
  } catch (error) {
    return (error as { details: { errors: Array<{ path: unknown[] }> } }).details.errors[0].path;
  }
  throw new Error('no failure');
};

describe('resolveAskReferences', () => {
  it('takes the slug of the answered ask for feedback that names only the askId', () => {
    expect(resolve(feedback({ askId: ASK }))).toMatchObject({ answerSlug: 'neuvola' });
  });

  it('accepts a slug that agrees and refuses one that does not, naming the field', () => {
    expect(resolve(feedback({ askId: ASK, answerSlug: 'neuvola' })).answerSlug).toBe('neuvola');
    expect(failure(feedback({ askId: ASK, answerSlug: 'kirjastokortti' }))).toEqual(['events', 3, 'answerSlug']);
    expect(failure(feedback({ askId: ASK, pathSlug: 'neuvola' }))).toEqual(['events', 3, 'pathSlug']);
  });

  it('refuses an unknown askId and slug-less feedback on an unanswered ask', () => {
    expect(failure(feedback({ askId: 'other' }))).toEqual(['events', 3, 'askId']);
    expect(failure(feedback({ askId: 'unanswered' }))).toEqual(['events', 3, 'askId']);
    expect(resolve(feedback({ askId: 'unanswered', pathSlug: 'p' })).pathSlug).toBe('p');
  });

  it('gives an answer_shown with an askId the id of the server-recorded one', () => {
    const shown: UsageEvent = { ...base, id: 'bot-own-id', type: 'answer_shown', answerSlug: 'neuvola', askId: ASK };
    expect(resolve(shown).id).toBe(answerShownEventId(ASK, 'neuvola'));
    expect(answerShownEventId(ASK, 'neuvola')).not.toBe(answerShownEventId(ASK, 'kotihoito'));
    expect(answerShownEventId(ASK, 'x'.repeat(200)).length).toBeLessThanOrEqual(100);
  });

  it('leaves events without an askId alone', () => {
    const e = feedback({ answerSlug: 'neuvola' });
    expect(resolve(e)).toBe(e);
  });
});
