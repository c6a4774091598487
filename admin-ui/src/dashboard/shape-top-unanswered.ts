/** Top unanswered question groups by count in the range (ties: latest lastSeen), named by a real example. Pure. */
import type { UnansweredRow } from '../types';
import { groupLabel } from '../unanswered/group-label';

export interface TopUnansweredItem {
  id: string;
  label: string;
  count: number;
  status: string;
  lastSeen: string;
}

/** `translate` names a group whose examples all expired (see groupLabel). */
export function shapeTopUnanswered(
  rows: readonly UnansweredRow[],
  translate: Parameters<typeof groupLabel>[1],
  n = 5,
): TopUnansweredItem[] {
  return [...rows]
    .sort((a, b) => b.count - a.count || String(b.lastSeen).localeCompare(String(a.lastSeen)))
    .slice(0, n)
    .map((r) => ({
      id: String(r.id),
      label: groupLabel(r, translate),
      count: Number(r.count) || 0,
      status: r.status,
      lastSeen: r.lastSeen,
    }));
}
