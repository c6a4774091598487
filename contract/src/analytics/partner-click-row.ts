import { z } from 'zod';
import { countSchema } from './report-meta';

/** A row of GET /partner-clicks. */
export const partnerClickRowSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  clicks: countSchema,
});
export type PartnerClickRow = z.infer<typeof partnerClickRowSchema>;
