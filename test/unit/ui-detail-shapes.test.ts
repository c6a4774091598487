import { shapeFunnel } from '../../admin-ui/src/paths/shape-funnel';
import { shapeTrend } from '../../admin-ui/src/unanswered/shape-trend';
import { USAGE_REPORT_COLUMNS, shapeUsageReport } from '../../admin-ui/src/reports/shape-usage-report';
import { enApp } from '../../admin-ui/src/i18n/en';
import { fiApp } from '../../admin-ui/src/i18n/fi';
import { svApp } from '../../admin-ui/src/i18n/sv';
import type { MonthlyUsageRow } from '../../admin-ui/src/types';

describe('shapeFunnel', () => {
  it('keeps path order, uses the API drop-off rate and adds the share of starters', () => {
    const steps = shapeFunnel({
      starts: 100,
      steps: [
        {
          stepKey: 'a',
          title: 'Start',
          reached: 100,
          continued: 80,
          dropped: 20,
          dropOffRate: 0.2,
          options: [{ option: 'kiire', chosen: 80 }],
        },
        { stepKey: 'b', title: '', reached: 80, continued: 60, dropped: 20, dropOffRate: null, options: [] },
        { stepKey: 'c', title: 'End', reached: 0, continued: 0, dropped: 0, dropOffRate: null, options: [] },
      ],
    });
    expect(steps.map((s) => s.stepKey)).toEqual(['a', 'b', 'c']);
    expect(steps[0]).toMatchObject({
      reached: 100,
      dropOffRate: 0.2,
      shareOfStart: 1,
      options: [{ option: 'kiire', chosen: 80 }],
    });
    expect(steps[1]).toMatchObject({ title: 'b', dropOffRate: 0.25, shareOfStart: 0.8 });
    expect(steps[2]).toMatchObject({ dropOffRate: null, shareOfStart: 0 });
  });

  it('handles a path without steps', () => {
    expect(shapeFunnel({ starts: 3, steps: [] })).toEqual([]);
  });
});

describe('shapeTrend', () => {
  it('sorts months, sums duplicates and totals', () => {
    const t = shapeTrend(
      [
        { month: '2026-03', count: 4 },
        { month: '2026-01', count: 1 },
        { month: '2026-03', count: 1 },
      ],
      (m) => m.replace('-', '/'),
    );
    expect(t.months).toEqual(['2026-01', '2026-03']);
    expect(t.labels).toEqual(['2026/01', '2026/03']);
    expect(t.values).toEqual([1, 5]);
    expect(t.total).toBe(6);
  });

  it('is empty without a trend', () => {
    expect(shapeTrend(undefined).months).toEqual([]);
  });
});

describe('shapeUsageReport', () => {
  const row = (month: string, dimension: string | undefined, conversations: number): MonthlyUsageRow => ({
    id: dimension ? `${month}:${dimension}` : month,
    month,
    dimension,
    conversations,
    messages: conversations * 3,
    questions: conversations * 2,
    answered: conversations,
    unanswered: conversations,
    answeredRate: 0.5,
    unansweredRate: 0.5,
    handoffs: 1,
    handoffConversations: 1,
    handoffRate: 0.1,
    feedbackHelpful: 1,
    feedbackUnhelpful: 0,
    helpfulRate: 1,
    resolvedByBot: conversations - 1,
    resolvedRate: 0,
  });

  it('sorts by month then dimension and totals the count columns', () => {
    const r = shapeUsageReport([row('2026-02', 'fi', 1), row('2026-01', 'sv', 2), row('2026-01', 'fi', 3)]);
    expect(r.rows.map((x) => x.id)).toEqual(['2026-01:fi', '2026-01:sv', '2026-02:fi']);
    expect(r.totals.conversations).toBe(6);
    expect(r.totals.messages).toBe(18);
    expect(r.totals.handoffs).toBe(3);
    expect(r.totals.resolvedByBot).toBe(3);
    expect(Object.keys(r.totals)).not.toContain('answeredRate');
  });

  it('has a label for every column in each language', () => {
    for (const app of [enApp, fiApp, svApp]) {
      const metrics = app.metrics as Record<string, string>;
      for (const { key } of USAGE_REPORT_COLUMNS) expect([key, typeof metrics[key]]).toEqual([key, 'string']);
    }
  });
});
