/**
 * Answered vs unanswered rate per month (fractions 0–1, null when no questions).
 * One row per month: the API's rates are used as such. Several rows per month
 * (a breakdown): counts are summed and the rates recomputed over answered + unanswered. Pure.
 */
import type { MonthlyUsageRow } from '../types';
import { identityMonth, sortedMonths, type MonthFormatter } from '../charts/spec';

export interface AnswerRatePoint {
  month: string;
  questions: number;
  answered: number;
  unanswered: number;
  answeredRate: number | null;
  unansweredRate: number | null;
}

export interface AnswerRateShape {
  months: string[];
  labels: string[];
  points: AnswerRatePoint[];
  answeredRate: (number | null)[];
  unansweredRate: (number | null)[];
  /** The most recent month, or null without data. */
  latest: AnswerRatePoint | null;
}

export function shapeAnswerRate(
  rows: readonly MonthlyUsageRow[],
  formatMonth: MonthFormatter = identityMonth,
): AnswerRateShape {
  const months = sortedMonths(rows.map((r) => r.month));
  const points: AnswerRatePoint[] = months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    const sum = (k: 'questions' | 'answered' | 'unanswered') =>
      inMonth.reduce((acc, r) => acc + (Number(r[k]) || 0), 0);
    const questions = sum('questions');
    const answered = sum('answered');
    const unanswered = sum('unanswered');
    if (inMonth.length === 1) {
      const r = inMonth[0]!;
      return {
        month,
        questions,
        answered,
        unanswered,
        answeredRate: r.answeredRate ?? null,
        unansweredRate: r.unansweredRate ?? null,
      };
    }
    const denominator = answered + unanswered;
    return {
      month,
      questions,
      answered,
      unanswered,
      answeredRate: denominator > 0 ? answered / denominator : null,
      unansweredRate: denominator > 0 ? unanswered / denominator : null,
    };
  });
  return {
    months,
    labels: months.map(formatMonth),
    points,
    answeredRate: points.map((p) => p.answeredRate),
    unansweredRate: points.map((p) => p.unansweredRate),
    latest: points.length ? points[points.length - 1]! : null,
  };
}
