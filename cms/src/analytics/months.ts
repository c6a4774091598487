/** Calendar arithmetic on `YYYY-MM` months and `YYYY-MM-DD` days (strings, no time zone). */
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

/** Months (YYYY-MM) from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) out.push(month);
  return out;
}
