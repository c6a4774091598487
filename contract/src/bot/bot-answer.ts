import { z } from 'zod';
import { audienceSchema } from '../audiences';
import { handoffChannelSchema } from '../handoff-channels';
import { localeSchema } from '../locales';
import { partnerLinkSchema } from './partner-link';

/** GET /api/bot/answers/{slug}: one published answer in one locale, everything a bot shows. */
export const botAnswerSchema = z.strictObject({
  slug: z.string(),
  locale: localeSchema,
  title: z.string(),
  body: z.string().meta({ description: 'Markdown' }),
  audience: audienceSchema,
  topic: z.string().nullable(),
  partners: z.array(partnerLinkSchema),
  handoff: handoffChannelSchema.nullable(),
  urgent: z.boolean(),
  translations: z.array(localeSchema).meta({ description: 'The locales this answer is published in' }),
});
export type BotAnswer = z.infer<typeof botAnswerSchema>;
