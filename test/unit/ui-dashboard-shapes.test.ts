import { shapeMonthlyUsage } from '../../admin-ui/src/dashboard/shape-monthly-usage';
import { shapeAnswerRate } from '../../admin-ui/src/dashboard/shape-answer-rate';
import { shapeContentCounts } from '../../admin-ui/src/dashboard/shape-content-counts';
import { shapeTopPaths } from '../../admin-ui/src/dashboard/shape-top-paths';
import { shapeTopUnanswered } from '../../admin-ui/src/dashboard/shape-top-unanswered';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from '../../admin-ui/src/i18n/en';
import { shapeUsageSplit, UNKNOWN_DIMENSION } from '../../admin-ui/src/dashboard/shape-usage-split';
import { shapeHandoffs } from '../../admin-ui/src/dashboard/shape-handoffs';
import { shapeSavings } from '../../admin-ui/src/dashboard/shape-savings';
import type {
  ContentCountRow,
  HandoffRow,
  MonthlyUsageRow,
  PathPerformanceRow,
  SavingsFields,
  SavingsMeta,
  SavingsRow,
  UnansweredRow,
} from '../../admin-ui/src/types';

function usage(month: string, over: Partial<MonthlyUsageRow> = {}): MonthlyUsageRow {
  return {
    id: over.dimension ? `${month}:${over.dimension}` : month,
    month,
    conversations: 0,
    messages: 0,
    questions: 0,
    answered: 0,
    unanswered: 0,
    answeredRate: null,
    unansweredRate: null,
    handoffs: 0,
    handoffConversations: 0,
    handoffRate: null,
    feedbackHelpful: 0,
    feedbackUnhelpful: 0,
    helpfulRate: null,
    resolvedByBot: 0,
    resolvedRate: null,
    ...over,
  };
}

describe('shapeMonthlyUsage', () => {
  it('sorts months, one series per metric, and totals', () => {
    const s = shapeMonthlyUsage(
      [
        usage('2026-02', { conversations: 5, messages: 20, questions: 8 }),
        usage('2026-01', { conversations: 3, messages: 9, questions: 4 }),
      ],
      (m) => `label ${m}`,
    );
    expect(s.months).toEqual(['2026-01', '2026-02']);
    expect(s.labels).toEqual(['label 2026-01', 'label 2026-02']);
    expect(s.series.map((x) => x.key)).toEqual(['conversations', 'messages', 'questions']);
    expect(s.series[0]!.values).toEqual([3, 5]);
    expect(s.series[1]!.values).toEqual([9, 20]);
    expect(s.totals).toEqual({ conversations: 8, messages: 29, questions: 12 });
  });

  it('sums breakdown rows of the same month', () => {
    const s = shapeMonthlyUsage([
      usage('2026-01', { dimension: 'fi', conversations: 2 }),
      usage('2026-01', { dimension: 'sv', conversations: 1 }),
    ]);
    expect(s.months).toEqual(['2026-01']);
    expect(s.series[0]!.values).toEqual([3]);
  });

  it('is empty for no rows', () => {
    const s = shapeMonthlyUsage([]);
    expect(s.months).toEqual([]);
    expect(s.totals.conversations).toBe(0);
  });
});

describe('shapeAnswerRate', () => {
  it('uses the API rates for one row per month and keeps null rates', () => {
    const s = shapeAnswerRate([
      usage('2026-02', { questions: 0, answeredRate: null, unansweredRate: null }),
      usage('2026-01', { questions: 10, answered: 8, unanswered: 2, answeredRate: 0.8, unansweredRate: 0.2 }),
    ]);
    expect(s.months).toEqual(['2026-01', '2026-02']);
    expect(s.answeredRate).toEqual([0.8, null]);
    expect(s.unansweredRate).toEqual([0.2, null]);
    expect(s.latest?.month).toBe('2026-02');
  });

  it('recomputes rates over answered + unanswered when a month has several rows', () => {
    const s = shapeAnswerRate([
      usage('2026-01', { dimension: 'fi', questions: 6, answered: 3, unanswered: 1, answeredRate: 0.75 }),
      usage('2026-01', { dimension: 'sv', questions: 4, answered: 1, unanswered: 3, answeredRate: 0.25 }),
    ]);
    expect(s.points[0]).toMatchObject({
      questions: 10,
      answered: 4,
      unanswered: 4,
      answeredRate: 0.5,
      unansweredRate: 0.5,
    });
  });
});

describe('shapeContentCounts', () => {
  const rows: ContentCountRow[] = [
    { id: '2026-02:resident', month: '2026-02', audience: 'resident', answers: 12, paths: 3 },
    { id: '2026-01:business', month: '2026-01', audience: 'business', answers: 4, paths: 1 },
    { id: '2026-01:resident', month: '2026-01', audience: 'resident', answers: 10, paths: 2 },
    { id: '2026-02:schools', month: '2026-02', audience: 'schools', answers: 1, paths: 0 },
  ];

  it('pivots months × audiences with known audiences first and 0 for missing months', () => {
    const s = shapeContentCounts(rows);
    expect(s.months).toEqual(['2026-01', '2026-02']);
    expect(s.audiences).toEqual(['resident', 'business', 'schools']);
    expect(s.answers.resident).toEqual([10, 12]);
    expect(s.paths.resident).toEqual([2, 3]);
    expect(s.answers.business).toEqual([4, 0]);
    expect(s.answers.schools).toEqual([0, 1]);
    expect(s.latest.resident).toEqual({ answers: 12, paths: 3 });
  });
});

describe('shapeTopPaths', () => {
  const path = (
    id: string,
    starts: number,
    completions: number,
    completionRate: number | null = null,
  ): PathPerformanceRow => ({
    id,
    slug: id,
    title: `Path ${id}`,
    titleLocale: 'fi',
    audience: 'resident',
    starts,
    completions,
    abandonments: starts - completions,
    completionRate,
    steps: [],
  });

  it('takes the n most started, ties by completions, and derives a missing rate', () => {
    const top = shapeTopPaths(
      [path('a', 5, 1), path('b', 9, 3, 0.33), path('c', 5, 4), path('d', 1, 1), path('e', 0, 0)],
      3,
    );
    expect(top.map((t) => t.id)).toEqual(['b', 'c', 'a']);
    expect(top[0]!.completionRate).toBe(0.33);
    expect(top[1]!.completionRate).toBeCloseTo(0.8);
    expect(shapeTopPaths([path('z', 0, 0)])[0]!.completionRate).toBeNull();
  });
});

describe('shapeTopUnanswered', () => {
  const translate = polyglotI18nProvider(() => en, 'en').translate;
  const group = (id: string, count: number, lastSeen: string): UnansweredRow => ({
    id,
    label: `q ${id}`,
    examplesExpired: false,
    retentionDays: 180,
    status: 'new',
    count,
    totalCount: count,
    firstSeen: '2026-01-01T00:00:00Z',
    lastSeen,
    locales: ['fi'],
    examples: [],
    resolution: null,
  });

  it('orders by count, then most recently seen, and keeps five', () => {
    const rows = [
      group('a', 3, '2026-01-02T00:00:00Z'),
      group('b', 7, '2026-01-01T00:00:00Z'),
      group('c', 3, '2026-02-01T00:00:00Z'),
    ];
    for (let i = 0; i < 5; i++) rows.push(group(`x${i}`, 1, '2026-01-01T00:00:00Z'));
    const top = shapeTopUnanswered(rows, translate);
    expect(top).toHaveLength(5);
    expect(top.slice(0, 3).map((t) => t.id)).toEqual(['b', 'c', 'a']);
  });

  it('names a group by its example text, and says plainly when its examples expired', () => {
    const expired = { ...group('old', 9, '2026-01-01T00:00:00Z'), label: null, examplesExpired: true };
    expired.retentionDays = 90;
    const top = shapeTopUnanswered([group('a', 3, '2026-01-02T00:00:00Z'), expired], translate);
    expect(top.map((t) => t.label)).toEqual(['Examples older than 90 days were deleted.', 'q a']);
  });
});

describe('shapeUsageSplit', () => {
  it('sums each dimension over the months with shares of conversations', () => {
    const s = shapeUsageSplit([
      usage('2026-01', { dimension: 'fi', conversations: 6, questions: 10, handoffs: 1 }),
      usage('2026-02', { dimension: 'fi', conversations: 2, questions: 3 }),
      usage('2026-01', { dimension: 'sv', conversations: 2, questions: 2, handoffs: 2 }),
      usage('2026-01', { conversations: 0 }),
    ]);
    expect(s.totalConversations).toBe(10);
    expect(s.items.map((i) => i.dimension)).toEqual(['fi', 'sv', UNKNOWN_DIMENSION]);
    expect(s.items[0]).toEqual({ dimension: 'fi', conversations: 8, questions: 13, handoffs: 1, share: 0.8 });
    expect(s.items[1]!.share).toBeCloseTo(0.2);
  });

  it('gives null shares when there are no conversations', () => {
    expect(shapeUsageSplit([usage('2026-01', { dimension: 'fi' })]).items[0]!.share).toBeNull();
  });
});

describe('shapeHandoffs', () => {
  it('sums reasons and urgencies per handoff channel', () => {
    const rows: HandoffRow[] = [
      { id: 'phone:no_answer:urgent', handoffChannel: 'phone', reason: 'no_answer', urgency: 'urgent', count: 3 },
      { id: 'phone:asked:normal', handoffChannel: 'phone', reason: 'asked', urgency: 'normal', count: 2 },
      { id: 'live_chat:asked:normal', handoffChannel: 'live_chat', reason: 'asked', urgency: 'normal', count: 5 },
      { id: 'video:asked:normal', handoffChannel: 'video', reason: 'asked', urgency: 'normal', count: 0 },
    ];
    const s = shapeHandoffs(rows);
    expect(s.total).toBe(10);
    expect(s.items).toEqual([
      { channel: 'live_chat', count: 5, share: 0.5 },
      { channel: 'phone', count: 5, share: 0.5 },
      { channel: 'video', count: 0, share: 0 },
    ]);
    expect(shapeHandoffs([]).items).toEqual([]);
  });
});

describe('shapeSavings', () => {
  const row = (month: string, minutesSaved: number, eurosSaved: number): SavingsRow => ({
    id: month,
    month,
    conversations: 10,
    withHandoff: 2,
    resolvedByBot: 8,
    minutesSaved,
    hoursSaved: minutesSaved / 60,
    eurosSaved,
    staffYears: minutesSaved / 60 / 1600,
  });
  // The API's meta as the UI may get it (react-admin passes whatever the list answered).
  const meta = (totals: Partial<SavingsFields>) => ({ totals }) as SavingsMeta;

  it('uses meta.totals from the API and adds hours', () => {
    const s = shapeSavings(
      [row('2026-02', 60, 42), row('2026-01', 120, 84)],
      meta({
        conversations: 20,
        withHandoff: 4,
        resolvedByBot: 16,
        minutesSaved: 180,
        eurosSaved: 126,
        staffYears: 0.001875,
      }),
    );
    expect(s.totals.hoursSaved).toBe(3);
    expect(s.totals.eurosSaved).toBe(126);
    expect(s.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    expect(s.months[0]!.hoursSaved).toBe(2);
  });

  it('sums the rows when meta.totals is missing or partial', () => {
    const s = shapeSavings([row('2026-01', 90, 63), row('2026-02', 30, 21)], meta({ eurosSaved: 100 }));
    expect(s.totals.minutesSaved).toBe(120);
    expect(s.totals.hoursSaved).toBe(2);
    expect(s.totals.eurosSaved).toBe(100);
    expect(s.totals.resolvedByBot).toBe(16);
  });
});
