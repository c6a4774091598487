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

/** What a row says in words: days overdue, the Swedish version, use, the competing entry (`smart_count`: a plural). */
export function healthDetail(
  row: HealthRow,
  fmt: { percent(v: number | null): string; date(iso: string | null): string },
): HealthDetail {
  const date = fmt.date(row.reviewDue);
  switch (row.kind) {
    case 'review_overdue':
      return { key: 'review_overdue', params: { smart_count: row.days ?? 0, date } };
    case 'review_due':
      return { key: 'review_due', params: { smart_count: -(row.days ?? 0), date } };
    case 'missing_sv':
      return { key: 'missing_sv', params: {} };
    case 'sv_outdated':
      // Edited the same day, earlier than the Finnish change: "0 days before" would read as not behind at all.
      return row.days
        ? { key: 'sv_outdated', params: { smart_count: row.days } }
        : { key: 'sv_outdated_same_day', params: {} };
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
