import type { Knex } from 'knex';
import { HEADLINE_KEYS, type HeadlineKey } from '@botkb/contract';
import { rate, type ReportFilter } from '../report-query';
import type { SavingsParameters } from '../savings-parameters';
import { previousPeriod } from '../report-periods';
import { monthlyUsage, type MonthlyUsageRow } from './monthly-usage';
import { savings } from './savings';

/** Counts summed over a period, from which the headline figures come. */
export interface PeriodTotals {
  conversations: number;
  questions: number;
  answered: number;
  handoffConversations: number;
  feedbackHelpful: number;
  feedbackUnhelpful: number;
  resolvedByBot: number;
  eurosSaved: number;
}

/** The headline figures in their fixed order (the contract's). */
export const HEADLINE_FIGURES = HEADLINE_KEYS;
export type { HeadlineKey };
const RATES: ReadonlySet<HeadlineKey> = new Set(['answeredRate', 'handoffRate', 'helpfulRate']);

export interface HeadlineFigure {
  key: HeadlineKey;
  current: number | null;
  previous: number | null;
  /** Rates: the difference in percentage points (0.05 = 5 points); counts and euros: relative (0.1 = +10 %). */
  change: number | null;
  changeKind: 'points' | 'relative';
}

const COUNT_KEYS = [
  'conversations',
  'questions',
  'answered',
  'handoffConversations',
  'feedbackHelpful',
  'feedbackUnhelpful',
  'resolvedByBot',
] as const;

/** Usage rows of a period summed (rates are computed from the sums, never averaged). */
export function sumUsage(rows: readonly MonthlyUsageRow[], eurosSaved: number): PeriodTotals {
  const totals = { eurosSaved } as PeriodTotals;
  for (const key of COUNT_KEYS) totals[key] = rows.reduce((sum, r) => sum + r[key], 0);
  return totals;
}

function value(t: PeriodTotals, key: HeadlineKey): number | null {
  switch (key) {
    case 'answeredRate':
      return rate(t.answered, t.questions);
    case 'handoffRate':
      return rate(t.handoffConversations, t.conversations);
    case 'helpfulRate':
      return rate(t.feedbackHelpful, t.feedbackHelpful + t.feedbackUnhelpful);
    default:
      return t[key];
  }
}

/** The headline figures of a period beside the previous one, with the change (pure). */
export function headlineFigures(current: PeriodTotals, previous: PeriodTotals): HeadlineFigure[] {
  return HEADLINE_FIGURES.map((key) => {
    const now = value(current, key);
    const before = value(previous, key);
    const points = RATES.has(key);
    let change: number | null = null;
    if (now !== null && before !== null) {
      if (points) change = Math.round((now - before) * 10_000) / 10_000;
      else if (before > 0) change = Math.round(((now - before) / before) * 10_000) / 10_000;
    }
    return { key, current: now, previous: before, change, changeKind: points ? 'points' : 'relative' };
  });
}

async function periodTotals(knex: Knex, filter: ReportFilter, p: SavingsParameters): Promise<PeriodTotals> {
  const rows = await monthlyUsage(knex, filter);
  return sumUsage(rows, (await savings(knex, filter, p)).totals.eurosSaved);
}

/** Headline figures for `filter`'s period and the period before it (report-periods.ts). */
export async function headline(knex: Knex, filter: ReportFilter, p: SavingsParameters) {
  const before = previousPeriod(filter.from, filter.to);
  const current = await periodTotals(knex, filter, p);
  const previous = await periodTotals(knex, { ...filter, ...before }, p);
  return { figures: headlineFigures(current, previous), previous: before };
}
