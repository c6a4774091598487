import type { GroupStatus } from './reports/unanswered';

/** What an expert decided about an unanswered-question group: its status and, once decided, the resolution. */
export interface GroupState {
  status: GroupStatus;
  resolution_kind: string | null;
  resolution_slug: string | null;
  resolution_phrasing: string | null;
  resolved_by: string | null;
  resolved_at: number | null;
}

/** A decision beats work in progress, which beats nothing: resolved, then ignored, in progress, new. */
const PRECEDENCE: Readonly<Record<GroupStatus, number>> = { resolved: 3, ignored: 2, in_progress: 1, new: 0 };

/**
 * The state of a group made of several: the state of highest precedence
 * (resolved over ignored over in progress over new: an expert's decision is
 * never lost to an open group), among equals the latest decided
 * (`resolved_at`), then the first given; its resolution comes with it whole.
 */
export function mergedGroupState(states: readonly GroupState[]): GroupState {
  if (states.length === 0) throw new RangeError('mergedGroupState needs at least one group');
  const winner = states.reduce((best, s) => {
    const byStatus = PRECEDENCE[s.status] - PRECEDENCE[best.status];
    return byStatus > 0 || (byStatus === 0 && Number(s.resolved_at ?? 0) > Number(best.resolved_at ?? 0)) ? s : best;
  });
  const { status, resolution_kind, resolution_slug, resolution_phrasing, resolved_by, resolved_at } = winner;
  return { status, resolution_kind, resolution_slug, resolution_phrasing, resolved_by, resolved_at };
}
