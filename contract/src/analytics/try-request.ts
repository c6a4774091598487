import { z } from 'zod';
import { AUDIENCES, CONTENT_LOCALES } from './shared-enums';
import { KNOWLEDGE_CONTENTS } from './analytics-enums';

/**
 * The body of POST /try: the bot's ask rules (the CMS checks the question's length against
 * BOT_MAX_QUESTION_LENGTH), without a session or channel; `content` picks the drafts.
 */
export const tryRequestSchema = z.strictObject({
  question: z.string().min(1),
  locale: z.enum(CONTENT_LOCALES),
  audience: z.enum(AUDIENCES).optional(),
  content: z.enum(KNOWLEDGE_CONTENTS).optional(),
});
export type TryRequest = z.infer<typeof tryRequestSchema>;
