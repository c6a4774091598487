import { healthCounts, healthDetail } from '../../admin-ui/src/health/shape-health-rows';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from '../../admin-ui/src/i18n/en';
import fi from '../../admin-ui/src/i18n/fi';
import sv from '../../admin-ui/src/i18n/sv';
import { HEALTH_KINDS, type ContentHealthRow as HealthRow } from '@botkb/contract';

const row = (over: Partial<HealthRow>): HealthRow => ({
  id: 'x',
  kind: 'never_shown',
  severity: 1,
  rank: 1,
  entryKind: 'answer',
  slug: 's',
  title: 'T',
  adminUrl: null,
  owner: null,
  reviewDue: null,
  days: null,
  shown: null,
  feedback: null,
  helpfulRate: null,
  other: null,
  count: null,
  examples: [],
  ...over,
});
const fmt = {
  percent: (v: number | null) => `${Math.round((v ?? 0) * 100)} %`,
  date: (d: string | null) => `date ${d}`,
};

describe('content-health shaping (analytics UI)', () => {
  it('says how many days a review is overdue or how many are left', () => {
    expect(healthDetail(row({ kind: 'review_overdue', days: 10, reviewDue: '2026-11-26' }), fmt)).toEqual({
      key: 'review_overdue',
      params: { smart_count: 10, date: 'date 2026-11-26' },
    });
    expect(healthDetail(row({ kind: 'review_due', days: -10, reviewDue: '2026-12-16' }), fmt)).toEqual({
      key: 'review_due',
      params: { smart_count: 10, date: 'date 2026-12-16' },
    });
  });

  it('says how many days the Swedish version is behind, and in other words when it was edited the same day', () => {
    expect(healthDetail(row({ kind: 'sv_outdated', days: 3 }), fmt)).toEqual({
      key: 'sv_outdated',
      params: { smart_count: 3 },
    });
    expect(healthDetail(row({ kind: 'sv_outdated', days: 0 }), fmt)).toEqual({
      key: 'sv_outdated_same_day',
      params: {},
    });
  });

  it('words one day and several days in each language', () => {
    const said = (locale: 'fi' | 'sv' | 'en', days: number) => {
      const i18n = polyglotI18nProvider(() => ({ fi, sv, en })[locale], locale);
      const { key, params } = healthDetail(row({ kind: 'sv_outdated', days }), fmt);
      return i18n.translate(`app.health.detail.${key}`, params);
    };
    expect(said('fi', 1)).toContain(' 1 päivä ennen');
    expect(said('fi', 4)).toContain(' 4 päivää ennen');
    expect(said('sv', 1)).toContain(' 1 dag innan');
    expect(said('sv', 4)).toContain(' 4 dagar innan');
    expect(said('en', 1)).toContain(' 1 day before');
    expect(said('en', 0)).toContain('earlier on the day');
  });

  it('names the competing entry and the number of questions, and the helpful rate with the feedback count', () => {
    const other = { entryKind: 'path' as const, slug: 'o', title: 'Other', adminUrl: null };
    expect(healthDetail(row({ kind: 'competing', other, count: 4 }), fmt).params).toEqual({ other: 'Other', count: 4 });
    expect(healthDetail(row({ kind: 'low_helpful', helpfulRate: 0.3, feedback: 10 }), fmt).params).toEqual({
      rate: '30 %',
      feedback: 10,
    });
  });

  it('counts every kind the API knows, in its order, zero when absent', () => {
    expect(healthCounts({ competing: 2 }, HEALTH_KINDS).slice(0, 2)).toEqual([
      { kind: 'review_overdue', count: 0 },
      { kind: 'competing', count: 2 },
    ]);
  });
});
