import type { Knex } from 'knex';
import { ROLLUP_KEY, TABLES } from './analytics-tables';

export interface Dimensions {
  locale: string;
  audience: string | null | undefined;
  channel: string | null | undefined;
}

/** Counts to add to the daily and monthly rollups, accumulated in memory for one transaction. */
export class RollupDelta {
  private readonly counts = new Map<string, number>();

  /** `test`: counts of test traffic, added to the test rollups (TABLES.dailyTest, TABLES.monthlyTest). */
  constructor(private readonly test = false) {}

  add(day: string, dims: Dimensions, metric: string, subject = '', detail = '', n = 1): void {
    const key = [day, dims.locale, dims.audience ?? '', dims.channel ?? '', metric, subject, detail].join('\u0001');
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  /**
   * Rows for the daily table (bucket = day) and the monthly table (bucket =
   * month), in key order: concurrent transactions (PostgreSQL) then lock the
   * same counters in the same order and queue instead of deadlocking.
   */
  rows(): { daily: Array<Record<string, string | number>>; monthly: Array<Record<string, string | number>> } {
    const monthly = new Map<string, number>();
    const daily: Array<Record<string, string | number>> = [];
    for (const [key, count] of [...this.counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      daily.push(toRow(key.split('\u0001'), count));
      const monthKey = `${key.slice(0, 7)}${key.slice(10)}`;
      monthly.set(monthKey, (monthly.get(monthKey) ?? 0) + count);
    }
    return {
      daily,
      monthly: [...monthly]
        .sort((x, y) => (x[0] < y[0] ? -1 : 1))
        .map(([key, count]) => toRow(key.split('\u0001'), count)),
    };
  }

  /** Adds the counts to both rollup tables (insert or increment). */
  async apply(trx: Knex | Knex.Transaction): Promise<void> {
    const { daily, monthly } = this.rows();
    const tables = this.test ? [TABLES.dailyTest, TABLES.monthlyTest] : [TABLES.daily, TABLES.monthly];
    for (const [table, rows] of [
      [tables[0], daily],
      [tables[1], monthly],
    ] as const) {
      for (let i = 0; i < rows.length; i += 200) {
        await trx(table)
          .insert(rows.slice(i, i + 200))
          .onConflict([...ROLLUP_KEY])
          .merge({ count: trx.raw('??.?? + excluded.??', [table, 'count', 'count']) });
      }
    }
  }
}

function toRow(parts: string[], count: number): Record<string, string | number> {
  const row: Record<string, string | number> = { count };
  ROLLUP_KEY.forEach((column, i) => {
    row[column] = parts[i];
  });
  return row;
}
