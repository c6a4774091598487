import type { BankRun, LocaleTotals } from './bankApi';

/** Slugs typed in a field, separated by commas or spaces (empty = the bot should not answer). */
export function parseExpected(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export interface TotalsRow extends LocaleTotals {
  locale: string;
}

/** A run's per-locale totals as table rows, in a stable order. */
export function totalsRows(run: BankRun | null): TotalsRow[] {
  if (!run?.totals) return [];
  return Object.entries(run.totals)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, t]) => ({ locale, ...t }));
}

/** A pending run's progress 0–100, or null while it waits its turn. */
export function runProgress(run: BankRun): number | null {
  if (run.status !== 'running' || run.questions === 0) return null;
  return Math.round((run.done / run.questions) * 100);
}
