import { z } from 'zod';
import { countSchema, rateSchema, titleLocaleSchema } from './report-meta';

/** How often bots reported an option of a step as chosen, named as they sent it (key, label or number). */
export const pathOptionChoiceSchema = z.object({ option: z.string(), chosen: countSchema });
export type PathOptionChoice = z.infer<typeof pathOptionChoiceSchema>;

/** One step of a path's funnel. */
export const pathStepRowSchema = z.object({
  stepKey: z.string(),
  title: z.string(),
  reached: countSchema,
  continued: countSchema,
  dropped: countSchema,
  dropOffRate: rateSchema,
  options: z.array(pathOptionChoiceSchema).meta({ description: 'Options chosen at this step, most chosen first' }),
});
export type PathStepRow = z.infer<typeof pathStepRowSchema>;

/** A row of GET /path-performance (steps in path order). */
export const pathPerformanceRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  titleLocale: titleLocaleSchema,
  audience: z.string().nullable(),
  starts: countSchema,
  completions: countSchema,
  abandonments: countSchema,
  completionRate: rateSchema,
  steps: z.array(pathStepRowSchema),
});
export type PathPerformanceRow = z.infer<typeof pathPerformanceRowSchema>;
