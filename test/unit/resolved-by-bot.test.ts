import {
  eventSignal,
  foldConversation,
  isResolvedByBot,
  NO_FACTS,
  type ConversationSignal,
} from '../../cms/src/analytics/resolved-by-bot';

const q = (at: number, answered: boolean): ConversationSignal => ({ kind: 'question', at, answered });
const fb = (at: number, helpful: boolean): ConversationSignal => ({ kind: 'feedback', at, helpful });
const resolved = (signals: ConversationSignal[]) => isResolvedByBot(signals.reduce(foldConversation, NO_FACTS));

describe('resolved by the bot (hand-computed conversations)', () => {
  it('one answered question, nothing else: resolved', () => {
    expect(resolved([q(1, true)])).toBe(true);
  });

  it('a completed path without questions: resolved', () => {
    expect(resolved([{ kind: 'path_completed' }])).toBe(true);
  });

  it('no answered question and no completed path: not resolved (an empty chat saves nothing)', () => {
    expect(resolved([])).toBe(false);
    expect(resolved([q(1, false)])).toBe(false);
    expect(resolved([fb(2, true)])).toBe(false);
  });

  it('6 questions, 5 unanswered, the last unanswered: not resolved (counted so before)', () => {
    const signals = [q(1, false), q(2, true), q(3, false), q(4, false), q(5, false), q(6, false)];
    expect(resolved(signals)).toBe(false);
  });

  it('an unanswered question followed by an answered one: resolved', () => {
    expect(resolved([q(1, false), q(2, true)])).toBe(true);
  });

  it('a handoff: never resolved, whatever else', () => {
    expect(resolved([q(1, true), { kind: 'path_completed' }, { kind: 'handoff' }, fb(3, true)])).toBe(false);
  });

  it('ending in negative feedback: not resolved; negative feedback later corrected: resolved', () => {
    expect(resolved([q(1, true), fb(2, false)])).toBe(false);
    expect(resolved([q(1, true), fb(2, false), fb(3, true)])).toBe(true);
    expect(resolved([q(1, true), fb(2, true), fb(3, false)])).toBe(false);
  });

  it('does not depend on the order signals arrive in, nor on replays', () => {
    const signals = [q(1, true), q(5, false), fb(3, true), { kind: 'path_completed' } as const];
    const forward = signals.reduce(foldConversation, NO_FACTS);
    const backward = [...signals].reverse().reduce(foldConversation, NO_FACTS);
    const replayed = [...signals, ...signals].reduce(foldConversation, NO_FACTS);
    expect(backward).toEqual(forward);
    expect(replayed).toEqual(forward);
    expect(isResolvedByBot(forward)).toBe(false); // last question (at 5) unanswered
  });

  it('at the same instant the unanswered question and the negative feedback win', () => {
    expect(resolved([q(7, false), q(7, true)])).toBe(false);
    expect(resolved([q(7, true), q(7, false)])).toBe(false);
    expect(resolved([q(1, true), fb(7, true), fb(7, false)])).toBe(false);
  });

  it('maps events: an answer shown is an answered question; messages say nothing', () => {
    expect(eventSignal({ type: 'answer_shown', occurredAt: 9 })).toEqual(q(9, true));
    expect(eventSignal({ type: 'feedback', occurredAt: 9, helpful: false })).toEqual(fb(9, false));
    expect(eventSignal({ type: 'handoff_requested', occurredAt: 9 })).toEqual({ kind: 'handoff' });
    expect(eventSignal({ type: 'path_completed', occurredAt: 9 })).toEqual({ kind: 'path_completed' });
    expect(eventSignal({ type: 'message', occurredAt: 9 })).toBeNull();
  });
});
