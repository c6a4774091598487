import type { EntryKind } from '@botkb/search';
import type { BankResult, LocaleTotals } from '@botkb/contract';

/** What the bot answered one bank question (from the same code path as a try). */
export interface BankOutcome {
  answered: boolean;
  answer: { kind: EntryKind; slug: string; score: number } | null;
  /** Slugs best first: the answer (when answered), then the runner-ups. */
  top: string[];
}

/** One question's result in a run, and a locale's figures in a run (computed like `npm run eval`). */
export type { BankResult, LocaleTotals };

/** Right when the answer is an expected entry, or when nothing is expected and the bot did not answer. */
export function passes(expected: readonly string[], outcome: BankOutcome): boolean {
  if (expected.length === 0) return !outcome.answered;
  return outcome.answer !== null && expected.includes(outcome.answer.slug);
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Per-locale totals of a run's results. */
export function runTotals(results: readonly BankResult[]): Record<string, LocaleTotals> {
  const out: Record<string, LocaleTotals> = {};
  for (const locale of [...new Set(results.map((r) => r.locale))].sort()) {
    const mine = results.filter((r) => r.locale === locale);
    const inScope = mine.filter((r) => r.expected.length > 0);
    const outOfScope = mine.filter((r) => r.expected.length === 0);
    const passed = mine.filter((r) => r.passed).length;
    const hit3 = inScope.filter((r) => r.top.slice(0, 3).some((s) => r.expected.includes(s))).length;
    out[locale] = {
      questions: mine.length,
      passed,
      passRate: share(passed, mine.length),
      inScope: inScope.length,
      hit1: share(inScope.filter((r) => r.passed).length, inScope.length),
      hit3: share(hit3, inScope.length),
      outOfScope: outOfScope.length,
      falseAnswers: outOfScope.filter((r) => r.answered).length,
    };
  }
  return out;
}

/** A question whose outcome flipped between two runs, with the entry that answered it then and now. */
export interface ChangedQuestion {
  questionId: number;
  locale: string;
  question: string;
  expected: string[];
  change: 'now_failing' | 'now_passing';
  before: { kind: EntryKind; slug: string } | null;
  now: { kind: EntryKind; slug: string } | null;
}

const entryOf = (r: BankResult) => (r.answer ? { kind: r.answer.kind, slug: r.answer.slug } : null);

/** Questions that passed in `previous` and fail in `current`, or the other way round (failures first). */
export function changedQuestions(previous: readonly BankResult[], current: readonly BankResult[]): ChangedQuestion[] {
  const before = new Map(previous.map((r) => [r.questionId, r]));
  const changes: ChangedQuestion[] = [];
  for (const now of current) {
    const was = before.get(now.questionId);
    if (!was || was.passed === now.passed) continue;
    changes.push({
      questionId: now.questionId,
      locale: now.locale,
      question: now.question,
      expected: now.expected,
      change: now.passed ? 'now_passing' : 'now_failing',
      before: entryOf(was),
      now: entryOf(now),
    });
  }
  return changes.sort((a, b) => a.change.localeCompare(b.change) || a.questionId - b.questionId);
}
