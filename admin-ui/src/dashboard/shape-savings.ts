/**
 * Savings estimate: totals from `meta.totals` of GET /savings (summed from the
 * monthly rows when the API leaves them out), plus hours = minutes / 60. Pure.
 */
import type { SavingsFields, SavingsMeta, SavingsRow } from '../types';

export interface SavingsTotals extends SavingsFields {
  hoursSaved: number;
}

export interface SavingsShape {
  totals: SavingsTotals;
  months: (SavingsRow & { hoursSaved: number })[];
}

const FIELDS: (keyof SavingsFields)[] = [
  'conversations',
  'withHandoff',
  'resolvedByBot',
  'minutesSaved',
  'eurosSaved',
  'staffYears',
];

export function shapeSavings(rows: readonly SavingsRow[], meta?: SavingsMeta | null): SavingsShape {
  const months = [...rows]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({ ...r, hoursSaved: (Number(r.minutesSaved) || 0) / 60 }));
  const summed = {} as SavingsFields;
  for (const f of FIELDS) summed[f] = rows.reduce((acc, r) => acc + (Number(r[f]) || 0), 0);
  const given: Partial<SavingsFields> = meta?.totals ?? {};
  const totals = {} as SavingsFields;
  for (const f of FIELDS) totals[f] = typeof given[f] === 'number' && Number.isFinite(given[f]) ? given[f]! : summed[f];
  return { totals: { ...totals, hoursSaved: totals.minutesSaved / 60 }, months };
}
