import { parseExpected, runProgress, totalsRows } from '../../admin-ui/src/bank/shape-bank';
import type { BankRun } from '../../admin-ui/src/bank/bankApi';

const run = (over: Partial<BankRun>): BankRun => ({
  id: 1,
  content: 'published',
  trigger: 'manual',
  status: 'done',
  questions: 4,
  done: 4,
  queuedAt: '',
  startedAt: null,
  finishedAt: null,
  totals: null,
  error: null,
  ...over,
});
const totals = { questions: 1, passed: 1, passRate: 1, inScope: 1, hit1: 1, hit3: 1, outOfScope: 0, falseAnswers: 0 };

describe('question bank shapes', () => {
  it('reads expected slugs separated by commas or spaces, lower-cased and once each', () => {
    expect(parseExpected(' Hammashoito-ajanvaraus, influenssarokotus  hammashoito-ajanvaraus ')).toEqual([
      'hammashoito-ajanvaraus',
      'influenssarokotus',
    ]);
    expect(parseExpected('  ')).toEqual([]);
  });

  it("lists a run's totals per locale in order", () => {
    expect(totalsRows(null)).toEqual([]);
    expect(
      totalsRows(run({ totals: { sv: totals, fi: { ...totals, passRate: 0.5 } } })).map((r) => [r.locale, r.passRate]),
    ).toEqual([
      ['fi', 0.5],
      ['sv', 1],
    ]);
  });

  it('shows progress only for a running run', () => {
    expect(runProgress(run({ status: 'running', done: 1, questions: 3 }))).toBe(33);
    expect(runProgress(run({ status: 'queued', done: 0 }))).toBeNull();
  });
});
