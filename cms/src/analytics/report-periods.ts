/** The period a report is compared with, and the months it covers only in part (pure; days YYYY-MM-DD). */
import { lastDayOfMonth, monthsBetween } from './months';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** `month` (YYYY-MM) moved `n` months back. */
function monthsBack(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The period before `from`..`to`, of the same length. A range starting on a
 * month's first day moves back by whole months, day for day (December 1–6 →
 * November 1–6; a range ending on a month's last day ends on the earlier
 * month's last day); any other range moves back by its number of days.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (!from.endsWith('-01')) {
    const length = dayNumber(to) - dayNumber(from) + 1;
    return { from: dayOf(dayNumber(from) - length), to: dayOf(dayNumber(from) - 1) };
  }
  const n = monthsBetween(from, to).length;
  const toMonth = monthsBack(to.slice(0, 7), n);
  const monthEnd = lastDayOfMonth(toMonth);
  const sameDay = `${toMonth}-${to.slice(8)}`;
  const previousTo = to === lastDayOfMonth(to.slice(0, 7)) || sameDay > monthEnd ? monthEnd : sameDay;
  return { from: `${monthsBack(from.slice(0, 7), n)}-01`, to: previousTo };
}

/**
 * Months of `from`..`to` whose figures are not for the whole month: the range
 * starts after the month's first day or ends before its last, or the month is
 * not over on `today` (the current month, drawn "so far").
 */
export function partialMonths(from: string, to: string, today: string): string[] {
  return monthsBetween(from, to).filter((month) => {
    const last = lastDayOfMonth(month);
    return from > `${month}-01` || to < last || today <= last;
  });
}
