import { z } from 'zod';
import { OPTION_TARGETS } from '../enum-values';
import { countSchema, rateSchema, reportMetaSchema, titleLocaleSchema } from './report-meta';

/** Where a branch of a guidance path leads (GET /path-branches): an option's target, "left" or "unknown". */
export const branchTargetSchema = z.enum([...OPTION_TARGETS, 'left', 'unknown']);
export type BranchTarget = z.infer<typeof branchTargetSchema>;

/** One row of a path's branching funnel: a step's option (or "left") and how many took it. */
export const branchRowSchema = z.object({
  id: z.string(),
  order: z.number().int().meta({ description: 'steps in path order, then their options, "left" last' }),
  stepNumber: z.number().int(),
  stepKey: z.string(),
  stepTitle: z.string(),
  option: z.string().nullable().meta({ description: 'the option as bots sent it (key or label); null on "left"' }),
  optionLabel: z.string().nullable().meta({ description: 'its current label when it matches the published path' }),
  target: branchTargetSchema,
  targetKey: z.string().nullable(),
  targetTitle: z.string().nullable(),
  count: countSchema,
  share: rateSchema.meta({ description: 'count / people who reached the step' }),
});
// A type, not an interface, so rows are records (the CSV writer takes records).
export type BranchRow = z.infer<typeof branchRowSchema>;

/** How many reached a step of the funnel and how many left there. */
export const stepFiguresSchema = z.object({
  stepKey: z.string(),
  title: z.string(),
  reached: countSchema,
  left: countSchema,
});
export type StepFigures = z.infer<typeof stepFiguresSchema>;

/** The path a branching funnel is about, with its starts, completions and abandonments in the range. */
export const branchPathSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleLocale: titleLocaleSchema,
  documentId: z.string().nullable().meta({ description: 'null when the path has no published version' }),
  starts: countSchema,
  completions: countSchema,
  abandonments: countSchema,
  adminUrl: z.string().nullable(),
  designerUrl: z.string().nullable(),
});

/** The `meta` of GET /path-branches: the path and its funnel of steps. */
export const pathBranchesMetaSchema = reportMetaSchema.extend({
  path: branchPathSchema,
  steps: z.array(stepFiguresSchema),
});
export type PathBranchesMeta = z.infer<typeof pathBranchesMetaSchema>;
