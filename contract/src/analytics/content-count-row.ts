import { z } from 'zod';
import { countSchema, monthSchema } from './report-meta';

/** A row of GET /content-counts: published entries per audience at the end of a month. */
export const contentCountRowSchema = z.object({
  id: z.string().meta({ description: 'month:audience' }),
  month: monthSchema,
  audience: z.string(),
  answers: countSchema,
  paths: countSchema,
});
export type ContentCountRow = z.infer<typeof contentCountRowSchema>;
