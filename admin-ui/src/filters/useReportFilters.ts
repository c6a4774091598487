import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useLocaleState } from 'react-admin';
import { titleLocaleFor } from '../common/titleLocale';
import {
  FILTER_PARAM_KEYS,
  parseFilterParams,
  toFilterQuery,
  type FilterParamKey,
  type ParsedFilter,
} from './filter-params';

/** The shared filter (date range, locale, audience, channel) from the URL query. */
export function useReportFilters(): ParsedFilter & {
  setValue(key: FilterParamKey, value: string): void;
  reset(): void;
  /** Any other query parameter (e.g. the split widget's breakdown). */
  getParam(key: string): string | null;
  setParam(key: string, value: string): void;
  /** "?from=…&to=…" with the filter values (for links that keep the filter), or "". */
  queryString: string;
} {
  const [params, setParams] = useSearchParams();
  const [ui] = useLocaleState();
  const parsed = useMemo(() => {
    const { filter, ...rest } = parseFilterParams((k) => params.get(k));
    return { ...rest, filter: { ...filter, titleLocale: titleLocaleFor(ui) } };
  }, [params, ui]);
  const setParam = useCallback(
    (key: string, value: string) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const k of FILTER_PARAM_KEYS) next.delete(k);
        return next;
      },
      { replace: true },
    );
  }, [setParams]);
  const queryString = useMemo(() => toFilterQuery(parsed.values), [parsed]);
  return { ...parsed, setValue: setParam, reset, getParam: (k) => params.get(k), setParam, queryString };
}
