import type { ReportQuery } from '../../../analytics/report-query';
import { toCsv } from '../../../analytics/to-csv';
import { partialMonths } from '../../../analytics/report-periods';
import { helsinkiDay } from '../../../analytics/helsinki-day';

/** A report's rows as JSON (`data`, `total`, `meta`) or, with `csv`, as a CSV download of `columns`. */
export function respondReport(
  ctx: any,
  name: string,
  q: ReportQuery,
  result: { data: Array<Record<string, unknown>>; total: number },
  meta: Record<string, unknown> = {},
  columns?: string[],
) {
  if (q.csv) {
    ctx.set('Content-Disposition', `attachment; filename="${name}-${q.from}-${q.to}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = toCsv(result.data, columns);
    return;
  }
  // Months the figures cover only in part (the current month "so far"): the UI marks them.
  const partial = partialMonths(q.from, q.to, helsinkiDay(Date.now()));
  const rangeMeta = { from: q.from, to: q.to, partialMonths: partial };
  ctx.body = { data: result.data, total: result.total, meta: { ...rangeMeta, ...meta } };
}
