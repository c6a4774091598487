import type { ContentHealthRow as HealthRow, HealthKind } from '@botkb/contract';

/** A translation key under app.health.detail and its parameters. */
export interface HealthDetail {
  key: string;
  params: Record<string, string | number>;
}

export interface HealthCount {
  kind: HealthKind;
  count: number;
}

/** What a row says in words: days overdue, the Swedish version, use, the competing entry. */
export function healthDetail(
  row: HealthRow,
  fmt: { percent(v: number | null): string; date(iso: string | null): string },
): HealthDetail {
  const date = fmt.date(row.reviewDue);
  switch (row.kind) {
    case 'review_overdue':
      return { key: 'review_overdue', params: { days: row.days ?? 0, date } };
    case 'review_due':
      return { key: 'review_due', params: { days: -(row.days ?? 0), date } };
    case 'missing_sv':
      return { key: 'missing_sv', params: {} };
    case 'sv_outdated':
      return { key: 'sv_outdated', params: { days: row.days ?? 0 } };
    case 'never_shown':
      return { key: 'never_shown', params: {} };
    case 'low_helpful':
      return { key: 'low_helpful', params: { rate: fmt.percent(row.helpfulRate), feedback: row.feedback ?? 0 } };
    case 'competing':
      return { key: 'competing', params: { other: row.other?.title ?? '', count: row.count ?? 0 } };
  }
}

/** Counts per kind in the API's order, for the filter buttons. */
export function healthCounts(
  counts: Partial<Record<HealthKind, number>> | undefined,
  kinds: readonly HealthKind[],
): HealthCount[] {
  return kinds.map((kind) => ({ kind, count: counts?.[kind] ?? 0 }));
}
