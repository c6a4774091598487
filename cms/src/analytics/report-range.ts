import { failValidation } from '../validation-failure';

/** The first and last day a report may cover (reports have no data outside it; it keeps month loops small). */
export const REPORT_WINDOW = { first: '2000-01-01', last: '2100-12-31' } as const;
/** A report's range ends before the same calendar day this many years after its start. */
export const MAX_RANGE_YEARS = 10;
/** The most months a report range can touch: 10 years starting mid-month touch 121 months. */
export const MAX_RANGE_MONTHS = MAX_RANGE_YEARS * 12 + 1;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

function checkDay(value: string, field: 'from' | 'to'): void {
  if (!isCalendarDay(value)) failValidation([field], 'must be a calendar date YYYY-MM-DD');
  if (value < REPORT_WINDOW.first || value > REPORT_WINDOW.last) {
    failValidation([field], `must be from ${REPORT_WINDOW.first} to ${REPORT_WINDOW.last}`);
  }
}

/** Checks a report's `from`..`to` (days YYYY-MM-DD); a problem is a 400 naming `from` or `to`. */
export function checkReportRange(from: string, to: string): void {
  checkDay(from, 'from');
  checkDay(to, 'to');
  if (from > to) failValidation(['to'], 'must not be before from');
  const limit = `${Number(from.slice(0, 4)) + MAX_RANGE_YEARS}${from.slice(4)}`;
  if (to >= limit) failValidation(['to'], `must be less than ${MAX_RANGE_YEARS} years after from (before ${limit})`);
}
