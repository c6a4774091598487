import { z } from 'zod';
import { countSchema, rateSchema } from './report-meta';

/** One step of a path's funnel. */
export const pathStepRowSchema = z.object({
  stepKey: z.string(),
  title: z.string(),
  reached: countSchema,
  continued: countSchema,
  dropped: countSchema,
  dropOffRate: rateSchema,
});
export type PathStepRow = z.infer<typeof pathStepRowSchema>;

/** A row of GET /path-performance (steps in path order). */
export const pathPerformanceRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  audience: z.string().nullable(),
  starts: countSchema,
  completions: countSchema,
  abandonments: countSchema,
  completionRate: rateSchema,
  steps: z.array(pathStepRowSchema),
});
export type PathPerformanceRow = z.infer<typeof pathPerformanceRowSchema>;
