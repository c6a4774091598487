import type { Knex } from 'knex';
import { sumRollups } from '../sum-rollups';
import type { ReportFilter } from '../report-query';

/** Clicks per partner service; `names` maps partner slugs to display names. */
export async function partnerClicks(knex: Knex, filter: ReportFilter, names: Map<string, string>) {
  const sums = await sumRollups(knex, filter, ['partner_click'], ['subject']);
  return sums.map((s) => ({
    id: s.subject,
    slug: s.subject,
    name: names.get(s.subject) ?? s.subject,
    clicks: s.count,
  }));
}
