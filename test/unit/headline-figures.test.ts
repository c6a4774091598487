import { headlineFigures, sumUsage, type PeriodTotals } from '../../cms/src/analytics/reports/headline';
import type { MonthlyUsageRow } from '../../cms/src/analytics/reports/monthly-usage';

const totals = (t: Partial<PeriodTotals>): PeriodTotals => ({
  conversations: 0,
  questions: 0,
  answered: 0,
  handoffConversations: 0,
  feedbackHelpful: 0,
  feedbackUnhelpful: 0,
  resolvedByBot: 0,
  eurosSaved: 0,
  ...t,
});

describe('headline figures (hand-computed)', () => {
  const now = totals({
    conversations: 120,
    questions: 200,
    answered: 150,
    handoffConversations: 12,
    feedbackHelpful: 30,
    feedbackUnhelpful: 10,
    resolvedByBot: 60,
    eurosSaved: 252,
  });
  const before = totals({
    conversations: 100,
    questions: 160,
    answered: 112,
    handoffConversations: 15,
    feedbackHelpful: 0,
    feedbackUnhelpful: 0,
    resolvedByBot: 40,
    eurosSaved: 168,
  });
  const byKey = Object.fromEntries(headlineFigures(now, before).map((f) => [f.key, f]));

  it('counts and euros change relatively', () => {
    expect(byKey.conversations).toEqual({
      key: 'conversations',
      current: 120,
      previous: 100,
      change: 0.2,
      changeKind: 'relative',
    });
    expect(byKey.resolvedByBot).toMatchObject({ current: 60, previous: 40, change: 0.5 });
    expect(byKey.eurosSaved).toMatchObject({ current: 252, previous: 168, change: 0.5 });
  });

  it('rates are computed from the sums and change in percentage points', () => {
    // 150/200 = 0.75 against 112/160 = 0.7: +5 points.
    expect(byKey.answeredRate).toEqual({
      key: 'answeredRate',
      current: 0.75,
      previous: 0.7,
      change: 0.05,
      changeKind: 'points',
    });
    // 12/120 = 0.1 against 15/100 = 0.15: -5 points.
    expect(byKey.handoffRate).toMatchObject({ current: 0.1, previous: 0.15, change: -0.05 });
    // No feedback before: no rate, no change.
    expect(byKey.helpfulRate).toMatchObject({ current: 0.75, previous: null, change: null });
  });

  it('no change from nothing (0 before)', () => {
    const [conversations] = headlineFigures(totals({ conversations: 5 }), totals({}));
    expect(conversations).toMatchObject({ current: 5, previous: 0, change: null });
  });

  it('sums monthly rows of a period', () => {
    const row = (m: string, n: number) =>
      ({
        id: m,
        month: m,
        conversations: n,
        messages: 0,
        questions: 2 * n,
        answered: n,
        unanswered: n,
        answeredRate: 0.5,
        unansweredRate: 0.5,
        handoffs: 1,
        handoffConversations: 1,
        handoffRate: null,
        feedbackHelpful: 1,
        feedbackUnhelpful: 0,
        helpfulRate: 1,
        resolvedByBot: n - 1,
        resolvedRate: null,
      }) as MonthlyUsageRow;
    expect(sumUsage([row('2026-01', 3), row('2026-02', 5)], 9.5)).toEqual(
      totals({
        conversations: 8,
        questions: 16,
        answered: 8,
        handoffConversations: 2,
        feedbackHelpful: 2,
        resolvedByBot: 6,
        eurosSaved: 9.5,
      }),
    );
  });
});
