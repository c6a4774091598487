/**
 * Monthly usage report table: rows sorted by month, then by dimension, and a
 * totals row of the count columns (rates are not summed: they stay empty). Pure.
 */
import type { MonthlyUsageRow } from '../types';

export const REPORT_COUNT_COLUMNS = [
  'conversations',
  'messages',
  'questions',
  'answered',
  'unanswered',
  'handoffs',
  'feedbackHelpful',
  'feedbackUnhelpful',
] as const;

export type ReportCountColumn = (typeof REPORT_COUNT_COLUMNS)[number];

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
