import type { Knex } from 'knex';
import { TABLES } from '../analytics-tables';
import { helsinkiDayStart } from '../helsinki-day';
import type { ReportFilter } from '../report-query';
import { monthsBetween, nextMonth } from '../months';
import { AUDIENCES } from '@botkb/contract';

const nextMonthStart = (month: string): number => helsinkiDayStart(`${nextMonth(month)}-01`);

/**
 * Published answers and paths per audience at the end of each month of the
 * range (or now, for the current month), replayed from the publication
 * history. Without a locale filter a document counts if any locale is published.
 */
export async function contentCounts(knex: Knex, filter: ReportFilter, now = Date.now()) {
  const q = knex(TABLES.publications)
    .select('document_id', 'kind', 'locale', 'audience', 'action', 'at')
    .orderBy([{ column: 'at' }, { column: 'id' }]);
  if (filter.locale) q.where('locale', filter.locale);
  const history = await q;
  const state = new Map<string, { kind: string; audience: string; published: boolean }>();
  let i = 0;
  const rows = [];
  for (const month of monthsBetween(filter.from, filter.to)) {
    const end = Math.min(nextMonthStart(month), now);
    while (i < history.length && Number(history[i].at) < end) {
      const h = history[i++];
      state.set(`${h.document_id}|${h.locale}`, {
        kind: h.kind,
        audience: h.audience,
        published: h.action === 'publish',
      });
    }
    const docs = new Map<string, { kind: string; audience: string }>();
    for (const [key, s] of state) if (s.published) docs.set(`${s.kind}|${key.split('|')[0]}`, s);
    for (const audience of filter.audience ? [filter.audience] : AUDIENCES) {
      let answers = 0;
      let paths = 0;
      for (const d of docs.values()) {
        if (d.audience !== audience) continue;
        if (d.kind === 'answer') answers += 1;
        else paths += 1;
      }
      rows.push({ id: `${month}:${audience}`, month, audience, answers, paths });
    }
  }
  return rows;
}
