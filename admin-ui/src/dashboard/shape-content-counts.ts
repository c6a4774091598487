/**
 * Published answers and guidance paths per audience at the end of each month.
 * Known audiences first in a fixed order, then any others the API returns;
 * a month without a row for an audience counts 0. Pure.
 */
import { AUDIENCES, type ContentCountRow } from '../types';
import { identityMonth, sortedMonths, type MonthFormatter } from '../charts/spec';

export type ContentMetric = 'answers' | 'paths';

export interface ContentCountsShape {
  months: string[];
  labels: string[];
  audiences: string[];
  answers: Record<string, number[]>;
  paths: Record<string, number[]>;
  /** Values of the latest month per audience. */
  latest: Record<string, { answers: number; paths: number }>;
}

export function shapeContentCounts(
  rows: readonly ContentCountRow[],
  formatMonth: MonthFormatter = identityMonth,
): ContentCountsShape {
  const months = sortedMonths(rows.map((r) => r.month));
  const index = new Map(months.map((m, i) => [m, i]));
  const seen = new Set(rows.map((r) => String(r.audience)));
  const audiences = [
    ...AUDIENCES.filter((a) => seen.has(a)),
    ...[...seen].filter((a) => !(AUDIENCES as readonly string[]).includes(a)).sort(),
  ];
  const answers: Record<string, number[]> = {};
  const paths: Record<string, number[]> = {};
  for (const a of audiences) {
    answers[a] = months.map(() => 0);
    paths[a] = months.map(() => 0);
  }
  for (const r of rows) {
    const i = index.get(r.month)!;
    const a = String(r.audience);
    answers[a]![i]! += Number(r.answers) || 0;
    paths[a]![i]! += Number(r.paths) || 0;
  }
  const latest: ContentCountsShape['latest'] = {};
  const last = months.length - 1;
  if (last >= 0) for (const a of audiences) latest[a] = { answers: answers[a]![last]!, paths: paths[a]![last]! };
  return { months, labels: months.map(formatMonth), audiences, answers, paths, latest };
}
