const cache = new Map<number, Set<number>>();

function easterSunday(year: number): [number, number] {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31) - 1, (n % 31) + 1];
}

function holidays(year: number): Set<number> {
  const days = new Set<number>();
  const add = (t: number) => {
    const d = new Date(t);
    days.add(d.getUTCMonth() * 32 + d.getUTCDate());
  };
  const [em, ed] = easterSunday(year);
  const easter = Date.UTC(year, em, ed);
  const DAY = 86_400_000;
  for (const [m, d] of [
    [0, 1],
    [0, 6],
    [4, 1],
    [11, 6],
    [11, 24],
    [11, 25],
    [11, 26],
  ])
    add(Date.UTC(year, m, d));
  add(easter - 2 * DAY); // Good Friday
  add(easter + DAY); // Easter Monday
  add(easter + 39 * DAY); // Ascension Day
  for (let d = 19; d <= 25; d++) if (new Date(Date.UTC(year, 5, d)).getUTCDay() === 5) add(Date.UTC(year, 5, d)); // Midsummer Eve
  return days;
}

/** Finnish public holidays and the de-facto days off (Midsummer Eve, Christmas Eve); month is 0-based. */
export function isFinnishHoliday(year: number, month: number, day: number): boolean {
  let set = cache.get(year);
  if (!set) {
    set = holidays(year);
    cache.set(year, set);
  }
  return set.has(month * 32 + day);
}
