import { z } from 'zod';
import { audienceSchema } from '../audiences';
import { handoffChannelSchema } from '../handoff-channels';
import { localeSchema } from '../locales';
import { KEY_MAX_LENGTH, SLUG_PATTERN } from '../slug-pattern';
import { partnerLinkSchema } from './partner-link';

export const stepTargetSchema = z.strictObject({ type: z.literal('step'), step: z.string() });
export const answerTargetSchema = z.strictObject({
  type: z.literal('answer'),
  slug: z.string(),
  title: z.string(),
  body: z.string().meta({ description: 'Markdown, shown without another call' }),
  partners: z.array(partnerLinkSchema),
  handoff: handoffChannelSchema.nullable(),
  urgent: z.boolean(),
});
export const partnerTargetSchema = z.strictObject({
  type: z.literal('partner'),
  slug: z.string(),
  name: z.string(),
  url: z.string(),
  phone: z.string().nullable(),
});
export const handoffTargetSchema = z.strictObject({ type: z.literal('handoff'), channel: handoffChannelSchema });
export const endTargetSchema = z.strictObject({ type: z.literal('end') });

/** Where an option leads, resolved (an answer or partner that is not published becomes `end`). */
export const targetSchema = z.discriminatedUnion('type', [
  stepTargetSchema,
  answerTargetSchema,
  partnerTargetSchema,
  handoffTargetSchema,
  endTargetSchema,
]);
export type ResolvedTarget = z.infer<typeof targetSchema>;

/** An option key: a stable slug, unique within its step and the same in fi and sv. */
export const optionKeySchema = z
  .string()
  .max(KEY_MAX_LENGTH)
  .regex(SLUG_PATTERN)
  .meta({ description: 'Stable key of the option, the same in every locale; send it as path_step.option' });

export const pathOptionSchema = z.strictObject({
  key: optionKeySchema,
  label: z.string(),
  target: targetSchema,
});
export const pathStepSchema = z.strictObject({
  key: z.string(),
  prompt: z.string(),
  options: z.array(pathOptionSchema),
});

/** GET /api/bot/paths/{slug}: a guidance path's whole graph. */
export const pathGraphSchema = z.strictObject({
  slug: z.string(),
  locale: localeSchema,
  name: z.string(),
  description: z.string().nullable(),
  audience: audienceSchema,
  topic: z.string().nullable(),
  firstStep: z.string().nullable(),
  steps: z.array(pathStepSchema),
});
export type PathGraph = z.infer<typeof pathGraphSchema>;
