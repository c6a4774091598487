const transitions = new Map<number, [number, number]>();
// The year of the last lookup, so that consecutive lookups cost two comparisons.
let yearFrom = 0,
  yearTo = 0,
  summerFrom = 0,
  summerTo = 0;

/** Last Sunday of a month (0-based) at 01:00 UTC, the EU summer-time switch instant. */
function lastSunday0100(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * UTC offset of Europe/Helsinki in minutes (120 in winter, 180 in summer) by
 * the EU rule in force since 1996 (summer time from the last Sunday of March
 * to the last Sunday of October, switching at 01:00 UTC). Pure arithmetic with
 * a per-year cache: no Intl, identical on every machine.
 */
export function helsinkiOffsetMinutes(utcMs: number): number {
  if (!(utcMs >= yearFrom && utcMs < yearTo)) {
    const year = new Date(utcMs).getUTCFullYear();
    let t = transitions.get(year);
    if (!t) {
      t = [lastSunday0100(year, 2), lastSunday0100(year, 9)];
      transitions.set(year, t);
    }
    yearFrom = Date.UTC(year, 0, 1);
    yearTo = Date.UTC(year + 1, 0, 1);
    [summerFrom, summerTo] = t;
  }
  return utcMs >= summerFrom && utcMs < summerTo ? 180 : 120;
}
