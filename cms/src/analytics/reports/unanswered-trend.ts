import type { Knex } from 'knex';
import { rollupTotals, sumRollups } from '../sum-rollups';
import { rate, type ReportFilter } from '../report-query';
import { monthsBetween } from '../months';

/** Questions, unanswered questions and the unanswered rate per month. */
export async function unansweredTrend(knex: Knex, filter: ReportFilter) {
  const sums = await sumRollups(knex, filter, ['questions', 'unanswered'], ['month', 'metric']);
  const get = rollupTotals(sums, ['month', 'metric']);
  return monthsBetween(filter.from, filter.to).map((month) => {
    const questions = get(month, 'questions');
    const unanswered = get(month, 'unanswered');
    return { id: month, month, questions, unanswered, unansweredRate: rate(unanswered, questions) };
  });
}
