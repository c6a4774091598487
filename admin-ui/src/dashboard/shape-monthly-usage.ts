/**
 * Monthly usage chart: conversations, messages and questions per month.
 * Rows with a breakdown (several rows per month) are summed per month. Pure.
 */
import type { MonthlyUsageRow } from '../types';
import { identityMonth, sortedMonths, type MonthFormatter } from '../charts/spec';

export const USAGE_METRICS = ['conversations', 'messages', 'questions'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

export interface MonthlyUsageShape {
  months: string[];
  labels: string[];
  series: { key: UsageMetric; values: number[] }[];
  totals: Record<UsageMetric, number>;
}

export function shapeMonthlyUsage(
  rows: readonly MonthlyUsageRow[],
  formatMonth: MonthFormatter = identityMonth,
): MonthlyUsageShape {
  const months = sortedMonths(rows.map((r) => r.month));
  const index = new Map(months.map((m, i) => [m, i]));
  const series = USAGE_METRICS.map((key) => ({ key, values: months.map(() => 0) }));
  const totals: Record<UsageMetric, number> = { conversations: 0, messages: 0, questions: 0 };
  for (const row of rows) {
    const i = index.get(row.month)!;
    for (const s of series) {
      const v = Number(row[s.key]) || 0;
      s.values[i]! += v;
      totals[s.key] += v;
    }
  }
  return { months, labels: months.map(formatMonth), series, totals };
}
