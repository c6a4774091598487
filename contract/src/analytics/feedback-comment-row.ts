import { z } from 'zod';
import { ENTRY_KINDS } from './shared-enums';

/** A row of GET /feedback-comments (the comment was redacted when it was stored). */
export const feedbackCommentRowSchema = z.object({
  id: z.string(),
  at: z.string().meta({ format: 'date-time' }),
  locale: z.string(),
  channel: z.string(),
  kind: z.enum(ENTRY_KINDS),
  slug: z.string(),
  helpful: z.boolean(),
  comment: z.string(),
});
export type FeedbackCommentRow = z.infer<typeof feedbackCommentRowSchema>;
