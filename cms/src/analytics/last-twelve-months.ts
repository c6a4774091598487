import { lastDayOfMonth, prevMonth } from './months';

/** The last 12 full months before `today` (YYYY-MM-DD). */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  let first = prevMonth(today.slice(0, 7));
  const last = first;
  for (let i = 1; i < 12; i++) first = prevMonth(first);
  return { from: `${first}-01`, to: lastDayOfMonth(last) };
}
