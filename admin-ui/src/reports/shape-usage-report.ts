/**
 * Monthly usage report table: rows sorted by month, then by dimension, and a
 * totals row of the count columns (rates are not summed: they stay empty). Pure.
 */
import type { MonthlyUsageRow } from '../types';

/** The table's metric columns, in order: each a field of the monthly row; `rate` columns are shares, not counts. */
export const USAGE_REPORT_COLUMNS = [
  { key: 'conversations', rate: false },
  { key: 'messages', rate: false },
  { key: 'questions', rate: false },
  { key: 'answered', rate: false },
  { key: 'unanswered', rate: false },
  { key: 'answeredRate', rate: true },
  { key: 'unansweredRate', rate: true },
  { key: 'handoffs', rate: false },
  { key: 'handoffRate', rate: true },
  { key: 'feedbackHelpful', rate: false },
  { key: 'feedbackUnhelpful', rate: false },
  { key: 'helpfulRate', rate: true },
  { key: 'resolvedByBot', rate: false },
  { key: 'resolvedRate', rate: true },
] as const satisfies ReadonlyArray<{ key: keyof MonthlyUsageRow; rate: boolean }>;

/** The count columns: summed into the totals row. */
export type ReportCountColumn = Extract<(typeof USAGE_REPORT_COLUMNS)[number], { rate: false }>['key'];
export const REPORT_COUNT_COLUMNS: readonly ReportCountColumn[] = USAGE_REPORT_COLUMNS.flatMap((c) =>
  c.rate ? [] : [c.key],
);

export interface UsageReportShape {
  rows: MonthlyUsageRow[];
  totals: Record<ReportCountColumn, number>;
}

export function shapeUsageReport(rows: readonly MonthlyUsageRow[]): UsageReportShape {
  const sorted = [...rows].sort(
    (a, b) => a.month.localeCompare(b.month) || String(a.dimension ?? '').localeCompare(String(b.dimension ?? '')),
  );
  const totals = {} as Record<ReportCountColumn, number>;
  for (const c of REPORT_COUNT_COLUMNS) totals[c] = rows.reduce((acc, r) => acc + (Number(r[c]) || 0), 0);
  return { rows: sorted, totals };
}
