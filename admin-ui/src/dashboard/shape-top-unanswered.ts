/** Top unanswered question groups by count in the range (ties: latest lastSeen). Pure. */
import type { UnansweredRow } from '../types';

export interface TopUnansweredItem {
  id: string;
  label: string;
  count: number;
  status: string;
  lastSeen: string;
}

export function shapeTopUnanswered(rows: readonly UnansweredRow[], n = 5): TopUnansweredItem[] {
  return [...rows]
    .sort((a, b) => b.count - a.count || String(b.lastSeen).localeCompare(String(a.lastSeen)))
    .slice(0, n)
    .map((r) => ({ id: String(r.id), label: r.label, count: Number(r.count) || 0, status: r.status, lastSeen: r.lastSeen }));
}
