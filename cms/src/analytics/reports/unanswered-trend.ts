import type { Knex } from 'knex';
import { sumRollups } from '../sum-rollups';
import { rate, type ReportFilter } from '../report-query';
import { monthsBetween } from '../months';

/** Questions, unanswered questions and the unanswered rate per month. */
export async function unansweredTrend(knex: Knex, filter: ReportFilter) {
  const sums = await sumRollups(knex, filter, ['questions', 'unanswered'], ['month', 'metric']);
  const get = (month: string, metric: string) => sums.find((s) => s.month === month && s.metric === metric)?.count ?? 0;
  return monthsBetween(filter.from, filter.to).map((month) => {
    const questions = get(month, 'questions');
    const unanswered = get(month, 'unanswered');
    return { id: month, month, questions, unanswered, unansweredRate: rate(unanswered, questions) };
  });
}
