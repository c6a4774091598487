import { z } from 'zod';
import { countSchema, monthSchema, rateSchema } from './report-meta';

/** A row of GET /unanswered-trend. */
export const unansweredTrendRowSchema = z.object({
  id: z.string(),
  month: monthSchema,
  questions: countSchema,
  unanswered: countSchema,
  unansweredRate: rateSchema,
});
export type UnansweredTrendRow = z.infer<typeof unansweredTrendRowSchema>;
