import { z } from 'zod';
import { HEADLINE_KEYS } from './analytics-enums';
import { reportMetaSchema } from './report-meta';

/** A row of GET /headline: a figure this period, the previous one and the change. */
export const headlineRowSchema = z.object({
  id: z.string(),
  key: z.enum(HEADLINE_KEYS),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable().meta({
    description: 'rates: percentage points as a fraction (0.05 = 5 points); others: relative (0.2 = +20 %)',
  }),
  changeKind: z.enum(['points', 'relative']),
});
export type HeadlineRow = z.infer<typeof headlineRowSchema>;

/** The headline's meta: the compared (previous) period too. */
export const headlineMetaSchema = reportMetaSchema.extend({
  previous: z.object({ from: z.string(), to: z.string() }),
});
export type HeadlineMeta = z.infer<typeof headlineMetaSchema>;
