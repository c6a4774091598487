import { helsinkiLocalToUtc } from './helsinki-local-to-utc';
import { helsinkiOffsetMinutes } from './helsinki-offset-minutes';
import { isFinnishHoliday } from './is-finnish-holiday';
import type { UsageOptions } from './usage-options';

const DAY = 86_400_000;

/** Calendar-month factors (Jan…Dec): flu season Nov–Feb, summer holidays Jun–Aug (July deepest). */
export const MONTH_SEASONALITY = [1.28, 1.24, 1.08, 1.0, 0.97, 0.86, 0.65, 0.9, 1.03, 1.07, 1.2, 1.18] as const;
/** Weekday factors, Monday first; weekends and holidays ≈ 40 % of a weekday. */
export const WEEKDAY_WEIGHTS = [1.3, 1.12, 1.05, 1.0, 0.88, 0.42, 0.45] as const;
const HOLIDAY_WEIGHT = 0.42;

export interface UsageDay {
  /** First and last instant (exclusive) of the whole Helsinki calendar day (the history may cover only part of it). */
  startMs: number;
  endMs: number;
  /** Helsinki midnight of the day as "local ms" (Date.UTC of the local fields). */
  localMidnight: number;
  /** 0-based calendar month. */
  month: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  holiday: boolean;
  /** Expected conversations started on the whole day. */
  expectedConversations: number;
}

export interface UsagePlan {
  seed: number;
  startMs: number;
  endMs: number;
  days(): Generator<UsageDay>;
}

function dayWeight(year: number, month: number, date: number): number {
  if (isFinnishHoliday(year, month, date)) return HOLIDAY_WEIGHT;
  return WEEKDAY_WEIGHTS[(new Date(Date.UTC(year, month, date)).getUTCDay() + 6) % 7];
}

function monthWeight(year: number, month: number): number {
  const n = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  let sum = 0;
  for (let d = 1; d <= n; d++) sum += dayWeight(year, month, d);
  return sum;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`usage option ${name} must be a finite number ≥ 0, got ${value}`);
  return value;
}

/**
 * Resolves the options into the history window ([end − months, end) in
 * Helsinki calendar months) and a day-by-day plan of expected conversation
 * counts: smooth (geometric) growth from the start to the end rate, times
 * month seasonality, spread over the month's days by weekday and holiday.
 */
export function planUsage(options: UsageOptions): UsagePlan {
  const seed = options.seed ?? 2026;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`usage option seed must be an integer, got ${seed}`);
  const endMs = options.end instanceof Date ? options.end.getTime() : NaN;
  if (!Number.isFinite(endMs)) throw new RangeError('usage option end must be a valid Date');
  const months = options.months ?? 24;
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError(`usage option months must be an integer ≥ 1, got ${months}`);
  const first = nonNegative('startConversationsPerMonth', options.startConversationsPerMonth ?? 500);
  const last = nonNegative('endConversationsPerMonth', options.endConversationsPerMonth ?? 1000);
  const scale = nonNegative('scale', options.scale ?? 1);

  const endLocal = new Date(endMs + helsinkiOffsetMinutes(endMs) * 60_000);
  const startLocal = new Date(endLocal.getTime());
  const wantedMonth = endLocal.getUTCMonth() - months;
  startLocal.setUTCDate(1);
  startLocal.setUTCMonth(wantedMonth);
  const monthDays = new Date(Date.UTC(startLocal.getUTCFullYear(), startLocal.getUTCMonth() + 1, 0)).getUTCDate();
  startLocal.setUTCDate(Math.min(endLocal.getUTCDate(), monthDays));
  const startMs = helsinkiLocalToUtc(startLocal.getTime());
  const span = endMs - startMs;

  const trend = (t: number): number => {
    if (months === 1) return first;
    const x = Math.min(1, Math.max(0, t / (months - 1)));
    return first > 0 && last > 0 ? first * Math.pow(last / first, x) : first + (last - first) * x;
  };

  function* days(): Generator<UsageDay> {
    let y = startLocal.getUTCFullYear(),
      m = startLocal.getUTCMonth(),
      d = startLocal.getUTCDate();
    let weightMonth = -1,
      weightSum = 1;
    for (;;) {
      const localMidnight = Date.UTC(y, m, d);
      const dayStart = helsinkiLocalToUtc(localMidnight);
      if (dayStart >= endMs) return;
      const dayEnd = helsinkiLocalToUtc(localMidnight + DAY);
      if (weightMonth !== y * 12 + m) {
        weightMonth = y * 12 + m;
        weightSum = monthWeight(y, m);
      }
      const mid = (Math.max(dayStart, startMs) + Math.min(dayEnd, endMs)) / 2;
      const t = ((mid - startMs) / span) * months - 0.5;
      const holiday = isFinnishHoliday(y, m, d);
      const weekday = (new Date(localMidnight).getUTCDay() + 6) % 7;
      const expected = trend(t) * MONTH_SEASONALITY[m] * (dayWeight(y, m, d) / weightSum) * scale;
      yield {
        startMs: dayStart,
        endMs: dayEnd,
        localMidnight,
        month: m,
        weekday,
        holiday,
        expectedConversations: expected,
      };
      const next = new Date(localMidnight + DAY);
      y = next.getUTCFullYear();
      m = next.getUTCMonth();
      d = next.getUTCDate();
    }
  }

  return { seed, startMs, endMs, days };
}
