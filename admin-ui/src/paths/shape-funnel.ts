/**
 * Funnel of one guidance path: steps in path order with the number who reached
 * each step, drop-off (the API's dropOffRate, else dropped / reached) and the
 * share of the path's starters who got that far. Pure.
 */
import type { PathPerformanceRow, PathStep } from '../types';

export interface FunnelStep extends PathStep {
  /** reached / reached at the first step (or path starts). */
  shareOfStart: number | null;
}

export function shapeFunnel(path: Pick<PathPerformanceRow, 'steps' | 'starts'>): FunnelStep[] {
  const steps = Array.isArray(path.steps) ? path.steps : [];
  const base = steps.length ? Number(steps[0]!.reached) || 0 : Number(path.starts) || 0;
  return steps.map((s) => {
    const reached = Number(s.reached) || 0;
    const dropped = Number(s.dropped) || 0;
    const dropOffRate = typeof s.dropOffRate === 'number' ? s.dropOffRate : reached > 0 ? dropped / reached : null;
    return {
      stepKey: s.stepKey,
      title: s.title || s.stepKey,
      reached,
      continued: Number(s.continued) || 0,
      dropped,
      dropOffRate,
      options: Array.isArray(s.options) ? s.options : [],
      shareOfStart: base > 0 ? reached / base : null,
    };
  });
}
