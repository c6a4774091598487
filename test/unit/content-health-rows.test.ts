import {
  contentHealthRows,
  type HealthEntry,
  type AnswerUsage,
} from '../../cms/src/analytics/health/content-health-rows';
import type { CompetingPair } from '../../cms/src/analytics/health/competing-pairs';

const entry = (slug: string, over: Partial<HealthEntry> = {}): HealthEntry => ({
  kind: 'answer',
  slug,
  documentId: `doc-${slug}`,
  title: `Title ${slug}`,
  owner: 'Team A',
  reviewDue: null,
  fiTextChangedAt: '2026-11-01T10:00:00.000Z',
  sv: { updatedAt: '2026-11-02T10:00:00.000Z', published: true },
  ...over,
});
const used = (shown: number, helpful = 0, unhelpful = 0): AnswerUsage => ({
  shown,
  answeredAsks: 0,
  helpful,
  unhelpful,
});
const adminUrl = (kind: string, documentId: string) => `/admin/${kind}/${documentId}`;
const run = (entries: HealthEntry[], usage: Record<string, AnswerUsage>, pairs: CompetingPair[] = []) =>
  contentHealthRows({ entries, usage: new Map(Object.entries(usage)), pairs, today: '2026-12-06', adminUrl });

describe("contentHealthRows (the content team's work list)", () => {
  it('lists a review 6 days overdue and one due in 25 days, but not one due in 31 days', () => {
    const rows = run(
      [
        entry('late', { reviewDue: '2026-11-30' }),
        entry('soon', { reviewDue: '2026-12-31' }),
        entry('later', { reviewDue: '2027-01-06' }),
      ],
      { late: used(5), soon: used(5), later: used(5) },
    );
    expect(rows.map((r) => [r.kind, r.slug, r.days, r.owner])).toEqual([
      ['review_overdue', 'late', 6, 'Team A'],
      ['review_due', 'soon', -25, 'Team A'],
    ]);
    expect(rows[0].adminUrl).toBe('/admin/answer/doc-late');
  });

  it('lists a missing or unpublished Swedish version and one edited before the last Finnish publish', () => {
    const rows = run(
      [
        entry('none', { sv: null }),
        entry('draft', { sv: { updatedAt: '2026-11-05T00:00:00Z', published: false } }),
        entry('old', { sv: { updatedAt: '2026-10-22T09:00:00.000Z', published: true } }),
        entry('fine'),
      ],
      { none: used(1), draft: used(1), old: used(1), fine: used(1) },
    );
    expect(rows.map((r) => [r.kind, r.slug, r.days])).toEqual([
      ['missing_sv', 'draft', null],
      ['missing_sv', 'none', null],
      ['sv_outdated', 'old', 10],
    ]);
  });

  it('lists answers never shown, and a low helpful rate only with at least 10 feedbacks', () => {
    const rows = run([entry('unseen'), entry('bad'), entry('few'), entry('good'), entry('path', { kind: 'path' })], {
      bad: used(40, 4, 6),
      few: used(40, 1, 8),
      good: used(40, 5, 5),
    });
    expect(rows.map((r) => [r.kind, r.slug, r.shown, r.feedback, r.helpfulRate])).toEqual([
      ['low_helpful', 'bad', 40, 10, 0.4],
      ['never_shown', 'unseen', 0, null, null],
    ]);
  });

  it('counts asks answered with an answer, or feedback on it, as shown', () => {
    const rows = run([entry('asked'), entry('rated')], {
      asked: { shown: 0, answeredAsks: 2, helpful: 0, unhelpful: 0 },
      rated: used(0, 3, 7),
    });
    expect(rows.map((r) => [r.kind, r.slug])).toEqual([['low_helpful', 'rated']]);
  });

  it('lists a competing pair with both entries linked, the count and the evidence, among the most severe', () => {
    const pair: CompetingPair = {
      id: 'answer:a|answer:b',
      a: { kind: 'answer', slug: 'a', wins: 2 },
      b: { kind: 'answer', slug: 'b', wins: 1 },
      asks: 3,
      tests: 1,
      meanMargin: 0.02,
      examples: [{ question: 'q', locale: 'fi', count: 3 }],
    };
    const rows = run([entry('a'), entry('b', { reviewDue: '2026-12-20' })], { a: used(3), b: used(3) }, [pair]);
    expect(rows.map((r) => [r.kind, r.slug, r.severity])).toEqual([
      ['competing', 'a', 3],
      ['review_due', 'b', 1],
    ]);
    expect(rows[0]).toMatchObject({
      id: 'competing:answer:a|answer:b',
      count: 4,
      adminUrl: '/admin/answer/doc-a',
      examples: pair.examples,
      other: { entryKind: 'answer', slug: 'b', title: 'Title b', adminUrl: '/admin/answer/doc-b' },
    });
  });

  it('sorts by severity, then by how far gone within a kind', () => {
    const rows = run(
      [entry('a', { reviewDue: '2026-12-01' }), entry('b', { reviewDue: '2026-09-01' }), entry('c', { sv: null })],
      { a: used(1), b: used(1), c: used(1) },
    );
    expect(rows.map((r) => r.id)).toEqual([
      'review_overdue:answer:b',
      'review_overdue:answer:a',
      'missing_sv:answer:c',
    ]);
  });
});
