import { z } from 'zod';
import { countSchema } from './report-meta';

/** A row of GET /handoffs (`id` is `channel:reason:urgency`). */
export const handoffRowSchema = z.object({
  id: z.string(),
  handoffChannel: z.string(),
  reason: z.string(),
  urgency: z.string(),
  count: countSchema,
});
export type HandoffRow = z.infer<typeof handoffRowSchema>;
