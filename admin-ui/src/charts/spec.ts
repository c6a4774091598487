/**
 * What a chart shows, independent of chart.js (pure; built by the shape-* modules
 * and the widgets, drawn by the lazily loaded ChartCanvas).
 */
export type ChartKind = 'line' | 'bar' | 'doughnut';
export type ValueFormat = 'number' | 'percent';

export interface SeriesSpec {
  key: string;
  label: string;
  values: (number | null)[];
  /** Draw dashed (lines) — used to tell apart a second metric. */
  dashed?: boolean;
  /** Fixed colour index into SERIES_COLORS (defaults to the series position). */
  colorIndex?: number;
}

export interface ChartSpec {
  kind: ChartKind;
  /** Category labels, already formatted for the UI language; one given as lines is drawn on several lines. */
  labels: Array<string | string[]>;
  series: SeriesSpec[];
  valueFormat: ValueFormat;
  stacked?: boolean;
  /** Horizontal bars (long category labels). */
  horizontal?: boolean;
  /** Per category: covered only in part (the current month so far), drawn lighter and dashed. */
  partial?: boolean[];
}

/** Months "YYYY-MM" sorted ascending, without duplicates. */
export function sortedMonths(months: Iterable<string>): string[] {
  return [...new Set(months)].sort();
}

export type MonthFormatter = (month: string) => string;
export const identityMonth: MonthFormatter = (m) => m;
