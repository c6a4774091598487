/**
 * Headline figures for display: values formatted by kind (count, rate,
 * euros) and the change as a direction with a magnitude, so it is not told by
 * colour alone. Pure.
 */
import { TIME_ZONE, type Formatters } from '../format';
import type { HeadlineRow } from '../types';

export type Direction = 'up' | 'down' | 'same' | 'none';

export interface HeadlineItem {
  key: HeadlineRow['key'];
  current: string;
  previous: string;
  direction: Direction;
  /** The change's magnitude, e.g. "12 %" or "3,1" (points); '' without a change. */
  change: string;
  /** Whether the change is in percentage points (rates). */
  points: boolean;
  raw: HeadlineRow;
}

const helsinkiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The headline's default period: the current month so far (Helsinki days), compared with the same days before. */
export function monthSoFar(now: Date): { from: string; to: string } {
  const today = helsinkiDay.format(now);
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

const RATE_KEYS: ReadonlySet<string> = new Set(['answeredRate', 'handoffRate', 'helpfulRate']);

function formatValue(fmt: Formatters, key: string, v: number | null): string {
  if (RATE_KEYS.has(key)) return fmt.percent(v, 1);
  if (key === 'eurosSaved') return fmt.euros(v);
  return fmt.number(v);
}

export function shapeHeadline(rows: readonly HeadlineRow[], fmt: Formatters): HeadlineItem[] {
  return rows.map((r) => {
    const points = r.changeKind === 'points';
    let direction: Direction = 'none';
    if (r.change !== null) direction = r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'same';
    const magnitude = r.change === null ? null : Math.abs(r.change);
    let change = '';
    if (magnitude !== null) change = points ? fmt.number(magnitude * 100, 1) : fmt.percent(magnitude, 1);
    return {
      key: r.key,
      current: formatValue(fmt, r.key, r.current),
      previous: formatValue(fmt, r.key, r.previous),
      direction,
      change,
      points,
      raw: r,
    };
  });
}
