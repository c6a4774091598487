import type { z } from 'zod';
import type { ReportQueryParams, reportQuerySchema } from '@botkb/contract';
import { pageRows, parseReportQuery, type ReportQuery } from '../../../analytics/report-query';
import type { AnalyticsAction } from './analytics-deps';
import { respondReport } from './respond-report';

/** A report that is only rows of a query: its name, query schema, default sort and CSV columns. */
export interface SimpleReport<S extends z.ZodType<ReportQueryParams>, T extends Record<string, unknown>> {
  /** The report's name in the CSV file name. */
  name: string;
  /** The query parameters beyond the common ones (the common schema when not given). */
  schema?: S;
  /** The field and order the rows are sorted by when the query names none. */
  sort: [field: string, order: 'ASC' | 'DESC'];
  /** The CSV's columns (every field of the rows when not given). */
  columns?: string[];
  rows: (q: ReportQuery<z.output<S>>) => Promise<T[]>;
}

/** The action of a simple report: parse the query → compute the rows → sort and page them → respond. */
export function simpleReport<
  T extends Record<string, unknown>,
  S extends z.ZodType<ReportQueryParams> = typeof reportQuerySchema,
>(report: SimpleReport<S, T>): AnalyticsAction {
  return async (ctx) => {
    const q = parseReportQuery(ctx.query, report.schema);
    const page = pageRows(await report.rows(q), q, ...report.sort);
    respondReport(ctx, report.name, q, page, {}, report.columns);
  };
}
