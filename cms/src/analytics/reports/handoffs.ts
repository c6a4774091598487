import type { Knex } from 'knex';
import { sumRollups } from '../sum-rollups';
import type { ReportFilter } from '../report-query';

/** Handoff requests per handoff channel, reason and urgency. */
export async function handoffs(knex: Knex, filter: ReportFilter) {
  const sums = await sumRollups(knex, filter, ['handoff_detail'], ['subject', 'detail']);
  return sums.map((s) => {
    const [reason, urgency] = s.detail.split('|');
    return { id: `${s.subject}:${reason}:${urgency}`, handoffChannel: s.subject, reason, urgency, count: s.count };
  });
}
