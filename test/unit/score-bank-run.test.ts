import { changedQuestions, passes, runTotals, type BankResult } from '../../cms/src/question-bank/score-bank-run';

const answer = (slug: string) => ({ kind: 'answer' as const, slug, score: 0.5 });
const result = (over: Partial<BankResult> & Pick<BankResult, 'questionId'>): BankResult => ({
  locale: 'fi',
  question: `q${over.questionId}`,
  expected: ['a'],
  answered: true,
  answer: answer('a'),
  top: ['a'],
  passed: true,
  ...over,
});

describe('passes', () => {
  it('needs the answer to be an expected entry', () => {
    expect(passes(['a', 'b'], { answered: true, answer: answer('b'), top: ['b'] })).toBe(true);
    expect(passes(['a'], { answered: true, answer: answer('b'), top: ['b', 'a'] })).toBe(false);
    expect(passes(['a'], { answered: false, answer: null, top: ['a'] })).toBe(false);
  });

  it('needs no answer when nothing is expected', () => {
    expect(passes([], { answered: false, answer: null, top: ['a'] })).toBe(true);
    expect(passes([], { answered: true, answer: answer('a'), top: ['a'] })).toBe(false);
  });
});

describe('runTotals', () => {
  it('counts hit@1 and hit@3 over in-scope questions and false answers over out-of-scope ones, per locale', () => {
    const totals = runTotals([
      result({ questionId: 1 }),
      result({ questionId: 2, answer: answer('x'), top: ['x', 'y', 'a'], passed: false }),
      result({ questionId: 3, answered: false, answer: null, top: ['x', 'y', 'z', 'a'], passed: false }),
      result({ questionId: 4, expected: [], answered: true, answer: answer('x'), top: ['x'], passed: false }),
      result({ questionId: 5, expected: [], answered: false, answer: null, top: [], passed: true }),
      result({ questionId: 6, locale: 'sv' }),
    ]);
    expect(totals.fi).toEqual({
      questions: 5,
      passed: 2,
      passRate: 0.4,
      inScope: 3,
      hit1: 1 / 3,
      hit3: 2 / 3,
      outOfScope: 2,
      falseAnswers: 1,
    });
    expect(totals.sv).toMatchObject({ questions: 1, passRate: 1, hit1: 1, hit3: 1, outOfScope: 0, falseAnswers: 0 });
  });
});

describe('changedQuestions', () => {
  it('lists flipped questions with the entry that answered before and now, failures first', () => {
    const before = [
      result({ questionId: 1 }),
      result({ questionId: 2, answer: answer('x'), top: ['x'], passed: false }),
      result({ questionId: 3 }),
    ];
    const now = [
      result({ questionId: 1, answer: answer('x'), top: ['x'], passed: false }),
      result({ questionId: 2 }),
      result({ questionId: 3 }),
      result({ questionId: 4, passed: false }),
    ];
    expect(changedQuestions(before, now)).toEqual([
      expect.objectContaining({
        questionId: 1,
        change: 'now_failing',
        before: { kind: 'answer', slug: 'a' },
        now: { kind: 'answer', slug: 'x' },
      }),
      expect.objectContaining({
        questionId: 2,
        change: 'now_passing',
        before: { kind: 'answer', slug: 'x' },
        now: { kind: 'answer', slug: 'a' },
      }),
    ]);
  });
});
