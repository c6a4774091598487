/**
 * The dashboard/report filter lives in the URL query (?from=&to=&locale=&audience=&channel=),
 * so a view can be bookmarked and shared. Parsing and validation are pure.
 */
import { AUDIENCES, BREAKDOWNS, CONTENT_LOCALES, type Breakdown, type ReportFilter } from '../types';
import { isIsoDate } from '../format';

export const FILTER_PARAM_KEYS = ['from', 'to', 'locale', 'audience', 'channel'] as const;
export type FilterParamKey = (typeof FILTER_PARAM_KEYS)[number];

export type FilterProblem = 'invalid_date' | 'invalid_range' | null;

export interface ParsedFilter {
  /** The values as typed (for the inputs). */
  values: Record<FilterParamKey, string>;
  /** What is sent to the API (only valid, non-empty values). */
  filter: ReportFilter;
  problem: FilterProblem;
}

export function parseFilterParams(get: (key: string) => string | null): ParsedFilter {
  const values = {} as Record<FilterParamKey, string>;
  for (const k of FILTER_PARAM_KEYS) values[k] = (get(k) ?? '').trim();
  let problem: FilterProblem = null;
  const filter: ReportFilter = {};
  for (const k of ['from', 'to'] as const) {
    if (!values[k]) continue;
    if (isIsoDate(values[k])) filter[k] = values[k];
    else problem = 'invalid_date';
  }
  if (!problem && filter.from && filter.to && filter.from > filter.to) problem = 'invalid_range';
  if ((CONTENT_LOCALES as readonly string[]).includes(values.locale))
    filter.locale = values.locale as ReportFilter['locale'];
  if ((AUDIENCES as readonly string[]).includes(values.audience))
    filter.audience = values.audience as ReportFilter['audience'];
  if (/^[a-z0-9_-]{1,64}$/i.test(values.channel)) filter.channel = values.channel;
  return { values, filter, problem };
}

/**
 * "?from=…&to=…" of the filter values (non-empty strings only, in FILTER_PARAM_KEYS order),
 * for links that keep the filter; "" when there are none.
 */
export function toFilterQuery(values: Partial<Record<string, unknown>>): string {
  const q = new URLSearchParams();
  for (const k of FILTER_PARAM_KEYS) {
    const v = values[k];
    if (typeof v === 'string' && v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A breakdown query parameter: one of BREAKDOWNS, else the fallback. */
export function parseBreakdown<F extends Breakdown | ''>(raw: string | null, fallback: F): Breakdown | F {
  return (BREAKDOWNS as readonly string[]).includes(raw ?? '') ? (raw as Breakdown) : fallback;
}
