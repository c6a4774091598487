import { isSearchLocale } from '@botkb/search';
import { failValidation } from '../validation-failure';
import { AUDIENCES, CHANNEL_PATTERN, type Audience } from '@botkb/contract';
import { helsinkiDay } from './helsinki-day';
import { checkReportRange } from './report-range';

export interface ReportFilter {
  from: string;
  to: string;
  locale?: string;
  audience?: string;
  channel?: string;
  /** Count traffic of bot tokens marked as test too (left out by default). */
  includeTest?: boolean;
}
export interface ReportQuery extends ReportFilter {
  sort?: string;
  order: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
  csv: boolean;
  params: Record<string, string>;
}

const KNOWN = new Set([
  'from', 'to', 'locale', 'audience', 'channel', 'includeTest', 'sort', 'order', 'page', 'pageSize', 'format',
]);


/** Default range: the last 12 full months and the current month, in Helsinki days. */
export function defaultRange(now = Date.now()): { from: string; to: string } {
  const today = helsinkiDay(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const start = new Date(Date.UTC(y, m - 13, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/**
 * Parses a report's query string; `extra` lists report-specific parameters.
 * Any unknown or malformed parameter is a 400 naming it.
 */
export function parseReportQuery(raw: Record<string, unknown>, extra: string[] = [], sortable: string[] = []): ReportQuery {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN.has(key) && !extra.includes(key)) failValidation([key], 'is not a parameter of this report');
    if (typeof value !== 'string') failValidation([key], 'must be given once, as a string');
    params[key] = value;
  }
  const range = defaultRange();
  const from = params.from ?? range.from;
  const to = params.to ?? (params.from && params.from > range.to ? params.from : range.to);
  checkReportRange(from, to);
  if (params.locale !== undefined && !isSearchLocale(params.locale)) failValidation(['locale'], 'must be "fi" or "sv"');
  if (params.audience !== undefined && !AUDIENCES.includes(params.audience as Audience)) {
    failValidation(['audience'], `must be one of ${AUDIENCES.join(', ')}`);
  }
  if (params.channel !== undefined && !CHANNEL_PATTERN.test(params.channel)) failValidation(['channel'], 'must be a channel name such as web_chat');
  if (params.sort !== undefined && sortable.length && !sortable.includes(params.sort)) failValidation(['sort'], `must be one of ${sortable.join(', ')}`);
  const order = (params.order ?? 'DESC').toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') failValidation(['order'], 'must be ASC or DESC');
  const page = params.page === undefined ? 1 : Number(params.page);
  if (!Number.isInteger(page) || page < 1) failValidation(['page'], 'must be a positive integer');
  const pageSize = params.pageSize === undefined ? 100 : Number(params.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) failValidation(['pageSize'], 'must be an integer from 1 to 1000');
  if (params.format !== undefined && params.format !== 'csv' && params.format !== 'json') failValidation(['format'], 'must be csv or json');
  if (params.includeTest !== undefined && !['true', 'false'].includes(params.includeTest)) {
    failValidation(['includeTest'], 'must be true or false');
  }
  return {
    from, to, locale: params.locale, audience: params.audience, channel: params.channel,
    includeTest: params.includeTest === 'true',
    sort: params.sort, order, page, pageSize, csv: params.format === 'csv', params,
  };
}

/** A report's rows sorted and paged the way react-admin's list asks for them. */
export function pageRows<T extends Record<string, unknown>>(rows: T[], q: ReportQuery, defaultSort: string, defaultOrder: 'ASC' | 'DESC') {
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

export const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
