import type { ResolvedTarget } from '../bot/path-graph';

/** Where a branch of a guidance path leads (GET /path-branches): an option's target, "left" or "unknown". */
export type BranchTarget = ResolvedTarget['type'] | 'left' | 'unknown';

/** One row of a path's branching funnel: a step's option (or "left") and how many took it (a type, so rows are records). */
export type BranchRow = {
  id: string;
  /** Position in the table: steps in path order, then their options, "left" last. */
  order: number;
  stepNumber: number;
  stepKey: string;
  stepTitle: string;
  /** The option as bots sent it (a key or, from older bots, a label); null on the "left" row. */
  option: string | null;
  /** The option's current label when it matches the published path, else as sent. */
  optionLabel: string | null;
  target: BranchTarget;
  targetKey: string | null;
  targetTitle: string | null;
  count: number;
  /** count / people who reached the step. */
  share: number | null;
};

/** How many reached a step of the funnel and how many left there. */
export interface StepFigures {
  stepKey: string;
  title: string;
  reached: number;
  left: number;
}
