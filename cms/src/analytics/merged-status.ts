import type { GroupStatus } from './reports/unanswered';

/** A group's triage state as stored: its status and what resolved or ignored it. */
export interface TriageState {
  status: GroupStatus;
  resolution_kind: string | null;
  resolution_slug: string | null;
  resolution_phrasing: string | null;
  resolved_by: string | null;
  resolved_at: number | string | null;
}

/** Furthest along first: a resolution is kept, open work stays open, ignored only when all were. */
const PRECEDENCE: Record<GroupStatus, number> = { resolved: 3, in_progress: 2, new: 1, ignored: 0 };

/**
 * The triage state of groups merged into `survivor`: the state of the group
 * furthest along (resolved, then in progress, then new, then ignored), the
 * survivor's on a tie, with that group's resolution.
 */
export function mergedStatus(survivor: TriageState, merged: readonly TriageState[]): TriageState {
  let best = survivor;
  for (const g of merged) if (PRECEDENCE[g.status] > PRECEDENCE[best.status]) best = g;
  const { status, resolution_kind, resolution_slug, resolution_phrasing, resolved_by, resolved_at } = best;
  return { status, resolution_kind, resolution_slug, resolution_phrasing, resolved_by, resolved_at };
}
