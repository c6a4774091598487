import type { CatalogOption } from '../content-catalog';

/** How often an option of a step was chosen; `key` null for an option sent that the step no longer has. */
export interface OptionCount { key: string | null; label: string; count: number }

/**
 * Counts per option key of one step from the options as bots sent them: the key (current bots), or,
 * from older bots, a label in any locale or a 1-based position. What matches no option stays a row
 * of its own, labelled as sent.
 */
export function pathOptionCounts(
  options: readonly CatalogOption[], sent: ReadonlyMap<string, number>, locale?: string,
): OptionCount[] {
  const labelOf = (o: CatalogOption) => (locale && o.labels[locale]) || o.labels.fi || o.labels.sv || o.key;
  const rows: OptionCount[] = options.map((o) => ({ key: o.key, label: labelOf(o), count: 0 }));
  const unknown = new Map<string, number>();
  for (const [value, count] of sent) {
    const position = /^\d{1,3}$/.test(value) ? Number(value) - 1 : -1;
    const byKey = options.findIndex((o) => o.key === value);
    const byLabel = options.findIndex((o) => Object.values(o.labels).includes(value));
    const index = byKey >= 0 ? byKey : byLabel >= 0 ? byLabel : position < options.length ? position : -1;
    if (index >= 0) rows[index].count += count;
    else unknown.set(value, (unknown.get(value) ?? 0) + count);
  }
  return [...rows, ...[...unknown].map(([label, count]) => ({ key: null, label, count }))];
}
