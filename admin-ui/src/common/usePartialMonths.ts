import { useTranslate } from 'react-admin';
import { useFormatters } from './useFormatters';
import { partialMonthSet } from '../charts/partial-months';

/**
 * Month labels for a report's charts and tables: a month the figures cover
 * only in part (`meta.partialMonths` of the API, e.g. the current month) reads
 * "Dec 2026 (so far)", and `isPartial` tells the chart to draw it lighter.
 */
export function usePartialMonths(meta: unknown) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const partial = partialMonthSet(meta);
  const formatMonth = (month: string) =>
    partial.has(month) ? translate('app.managerReports.so_far', { month: fmt.month(month) }) : fmt.month(month);
  return { formatMonth, isPartial: (month: string) => partial.has(month) };
}
