/** Monthly trend of one unanswered question group: months sorted, duplicates summed. Pure. */
import type { TrendPoint } from '../types';
import { identityMonth, sortedMonths, type MonthFormatter } from '../charts/spec';

export interface TrendShape {
  months: string[];
  labels: string[];
  values: number[];
  total: number;
}

export function shapeTrend(
  trend: readonly TrendPoint[] | null | undefined,
  formatMonth: MonthFormatter = identityMonth,
): TrendShape {
  const points = trend ?? [];
  const months = sortedMonths(points.map((p) => p.month));
  const values = months.map((m) =>
    points.filter((p) => p.month === m).reduce((acc, p) => acc + (Number(p.count) || 0), 0),
  );
  return { months, labels: months.map(formatMonth), values, total: values.reduce((a, b) => a + b, 0) };
}
