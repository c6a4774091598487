const TIME_ZONE = 'Europe/Helsinki';
const yearMonth = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric' });
const hour = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });

/** Midnight in Helsinki on the first day of the month (Helsinki time) that `at` falls in. */
export function helsinkiMonthStart(at: Date): Date {
  const parts = Object.fromEntries(yearMonth.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const utcMidnight = Date.UTC(parts.year, parts.month - 1, 1);
  // Helsinki is UTC+2 in winter and UTC+3 in summer.
  for (const offsetHours of [2, 3]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (Number(hour.format(candidate)) === 0) return candidate;
  }
  throw new Error(`no Helsinki midnight found for ${at.toISOString()}`);
}
