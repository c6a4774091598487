import { z } from 'zod';
import { audienceSchema } from '../audiences';
import { CHANNEL_PATTERN, CHANNEL_RULE } from '../channel-pattern';
import { localeSchema } from '../locales';
import { textRule } from '../text-rule';

/** The default of BOT_MAX_QUESTION_LENGTH: the longest question POST /api/bot/ask takes. */
export const MAX_QUESTION_LENGTH = 500;

/** The body of POST /api/bot/ask for a server that takes questions of at most `maxQuestionLength` characters. */
export function createAskRequestSchema(maxQuestionLength: number) {
  return z.strictObject({
    question: z
      .string({ error: 'is required and must be a string' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(maxQuestionLength, { error: `must be at most ${maxQuestionLength} characters` }),
    locale: localeSchema,
    audience: audienceSchema.optional(),
    sessionId: textRule({ rule: 'a string of 1–100 characters', max: 100 }).optional(),
    channel: textRule({ rule: CHANNEL_RULE, pattern: CHANNEL_PATTERN })
      .meta({ examples: ['web_chat', 'phone_bot', 'professional_chat'] })
      .optional(),
  });
}

export const askRequestSchema = createAskRequestSchema(MAX_QUESTION_LENGTH);
export type AskRequest = z.output<typeof askRequestSchema>;
