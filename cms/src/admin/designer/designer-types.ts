import type { DesignerStep } from '../../designer/designer-path';
import type { PathProblem } from '../../guidance/validate-path-steps';
import type { OptionChoice } from '../../analytics/stored-option';

/** An answer or partner service an option may lead to. */
export interface TargetChoice {
  documentId: string;
  slug: string;
  name: string;
}

/** GET /guidance-api/designer/paths/:documentId → data */
export interface DesignerPathData {
  documentId: string;
  slug: string;
  name: { fi: string; sv: string };
  published: string[];
  steps: DesignerStep[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  problems: PathProblem[];
}

/** One step of the path-performance report. */
export interface StepUsage {
  stepKey: string;
  reached: number;
  continued: number;
  dropped: number;
  options: OptionChoice[];
}
export interface PathUsage {
  slug: string;
  starts: number;
  completions: number;
  abandonments: number;
  steps: StepUsage[];
}

export const DESIGNER_API = '/guidance-api/designer';
