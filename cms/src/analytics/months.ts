/** Calendar arithmetic on `YYYY-MM` months and `YYYY-MM-DD` days (strings, no time zone). */
import { MAX_RANGE_MONTHS } from './report-range';

const parts = (month: string) => [Number(month.slice(0, 4)), Number(month.slice(5, 7))] as const;
const format = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

export function nextMonth(month: string): string {
  const [y, m] = parts(month);
  return m === 12 ? format(y + 1, 1) : format(y, m + 1);
}

export function prevMonth(month: string): string {
  const [y, m] = parts(month);
  return m === 1 ? format(y - 1, 12) : format(y, m - 1);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = parts(month);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Months (YYYY-MM) from the month of `from` to the month of `to`, inclusive.
 * Counts months as numbers (no string wrap-around past year 9999) and throws
 * instead of looping on when the range touches more months than a report may.
 */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = parts(from);
  const [toYear, toMonth] = parts(to);
  const first = fromYear * 12 + fromMonth - 1;
  const count = toYear * 12 + toMonth - 1 - first + 1;
  if (!Number.isInteger(count)) throw new RangeError(`${from}..${to} is not a range of YYYY-MM months`);
  if (count > MAX_RANGE_MONTHS) throw new RangeError(`${from}..${to} spans more than ${MAX_RANGE_MONTHS} months`);
  return Array.from({ length: Math.max(count, 0) }, (_, i) =>
    format(Math.floor((first + i) / 12), ((first + i) % 12) + 1),
  );
}
