import { z } from 'zod';
import { countSchema, rateSchema, titleLocaleSchema } from './report-meta';

/** A row of GET /answer-performance. */
export const answerPerformanceRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  titleLocale: titleLocaleSchema,
  audience: z.string().nullable(),
  shown: countSchema,
  helpful: countSchema,
  unhelpful: countSchema,
  helpfulRate: rateSchema,
});
export type AnswerPerformanceRow = z.infer<typeof answerPerformanceRowSchema>;
