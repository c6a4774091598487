/** Top guidance paths by starts (ties: more completions, then title). Pure. */
import type { PathPerformanceRow } from '../types';

export interface TopPathItem {
  id: string;
  title: string;
  titleLocale: PathPerformanceRow['titleLocale'];
  starts: number;
  completions: number;
  completionRate: number | null;
}

export function shapeTopPaths(rows: readonly PathPerformanceRow[], n = 5): TopPathItem[] {
  return [...rows]
    .sort(
      (a, b) => b.starts - a.starts || b.completions - a.completions || String(a.title).localeCompare(String(b.title)),
    )
    .slice(0, n)
    .map((r) => ({
      id: String(r.id),
      title: r.title || r.slug,
      titleLocale: r.titleLocale ?? null,
      starts: Number(r.starts) || 0,
      completions: Number(r.completions) || 0,
      completionRate: r.completionRate ?? (r.starts > 0 ? r.completions / r.starts : null),
    }));
}
