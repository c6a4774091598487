import { reportQuerySchema, type Audience, type ContentLocale, type ReportQueryParams } from '@botkb/contract';
import type { z } from 'zod';
import { failValidation } from '../validation-failure';
import { helsinkiDay } from './helsinki-day';
import { checkReportRange } from './report-range';
import { parseInput } from './parse-input';

export interface ReportFilter {
  from: string;
  to: string;
  locale?: ContentLocale;
  /** Without `locale`: the language titles are given in where the content has it (the UI's language). */
  titleLocale?: ContentLocale;
  audience?: Audience;
  channel?: string;
  /** Count traffic of bot tokens marked as test too (left out by default). */
  includeTest?: boolean;
}
export interface ReportQuery<P extends ReportQueryParams = ReportQueryParams> extends ReportFilter {
  sort?: string;
  order: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
  csv: boolean;
  /** The rows are for a download: a CSV, or JSON the UI turns into its Excel CSV (`purpose=export`). */
  exported: boolean;
  /** The parameters as given (the report's own ones too). */
  params: P;
}

/** Default range: the last 12 full months and the current month, in Helsinki days. */
export function defaultRange(now = Date.now()): { from: string; to: string } {
  const today = helsinkiDay(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(y, m - 13, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/**
 * Parses a report's query string with the contract's schema (the common parameters, or a
 * report's extension of them); any unknown or malformed parameter is a 400 naming it.
 */
export function parseReportQuery<S extends z.ZodType<ReportQueryParams> = typeof reportQuerySchema>(
  raw: Record<string, unknown>,
  schema?: S,
  sortable: string[] = [],
): ReportQuery<z.output<S>> {
  const params = parseInput(schema ?? reportQuerySchema, raw, 'is not a parameter of this report') as z.output<S>;
  const range = defaultRange();
  const from = params.from ?? range.from;
  const to = params.to ?? (params.from && params.from > range.to ? params.from : range.to);
  checkReportRange(from, to);
  if (params.sort !== undefined && sortable.length && !sortable.includes(params.sort)) {
    failValidation(['sort'], `must be one of ${sortable.join(', ')}`);
  }
  return {
    from,
    to,
    locale: params.locale,
    titleLocale: params.titleLocale,
    audience: params.audience,
    channel: params.channel,
    includeTest: params.includeTest === 'true',
    sort: params.sort,
    order: (params.order ?? 'DESC').toUpperCase() as 'ASC' | 'DESC',
    page: params.page === undefined ? 1 : Number(params.page),
    pageSize: params.pageSize === undefined ? 100 : Number(params.pageSize),
    csv: params.format === 'csv',
    exported: params.format === 'csv' || params.purpose === 'export',
    params,
  };
}

/** A report's rows sorted and paged the way react-admin's list asks for them. */
export function pageRows<T extends Record<string, unknown>>(
  rows: T[],
  q: ReportQuery<ReportQueryParams>,
  defaultSort: string,
  defaultOrder: 'ASC' | 'DESC',
) {
  const field = q.sort ?? defaultSort;
  const order = q.params.order ? q.order : defaultOrder;
  const sign = order === 'ASC' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const x = a[field] as string | number | null;
    const y = b[field] as string | number | null;
    if (x === y) return String(a.id).localeCompare(String(b.id));
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (x < y ? -1 : 1) * sign;
  });
  if (q.csv) return { data: sorted, total: sorted.length };
  const start = (q.page - 1) * q.pageSize;
  return { data: sorted.slice(start, start + q.pageSize), total: sorted.length };
}

/** The language report rows name content in: the content-language filter, else the asked title language. */
export const namingLocale = (filter: ReportFilter): ContentLocale | undefined => filter.locale ?? filter.titleLocale;

export const rate = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
