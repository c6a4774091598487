import { toLocaleSteps, type DesignerStep } from '../../designer/designer-path';
import { findMissingTranslations, validatePathSteps, type PathProblem } from '../../guidance/validate-path-steps';

/**
 * The problems of the path as it is on screen, by the same rules publishing applies
 * (cms/src/guidance/validate-path-steps.ts) and the Swedish texts the Finnish version has.
 */
export function liveProblems(steps: readonly DesignerStep[]): PathProblem[] {
  const fi = toLocaleSteps(steps, 'fi');
  return [
    ...validatePathSteps(fi, { requireRelations: true }),
    ...findMissingTranslations(fi, toLocaleSteps(steps, 'sv'), 'Swedish'),
  ];
}

/** Index of the step a problem is in (from its `steps.N…` path), or -1 for the whole path. */
export function problemStepIndex(problem: PathProblem): number {
  const match = /^steps\.(\d+)/.exec(problem.path);
  return match ? Number(match[1]) : -1;
}
