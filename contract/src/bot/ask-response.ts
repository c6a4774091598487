import { z } from 'zod';
import { audienceSchema } from '../audiences';
import { handoffChannelSchema } from '../handoff-channels';
import { localeSchema } from '../locales';
import { optionTargetSchema } from './option-targets';
import { partnerLinkSchema } from './partner-link';
import { ENTRY_KINDS } from '../enum-values';

/** What an answer or a path is. */
export const entryKindSchema = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof entryKindSchema>;

const score = z.number().min(0).max(1);

/** A path's entry step as ask returns it (the whole graph: GET /bot/paths/{slug}). */
export const stepSummarySchema = z.looseObject({
  key: z.string(),
  prompt: z.string(),
  options: z.array(
    z.looseObject({
      key: z
        .string()
        .meta({
          description: "The option's stable key (send it as path_step.option); absent until the entry is re-indexed",
        })
        .optional(),
      label: z.string(),
      target: optionTargetSchema,
    }),
  ),
});
export type StepSummary = z.infer<typeof stepSummarySchema>;

export const askAnswerSchema = z.strictObject({
  slug: z.string(),
  kind: entryKindSchema,
  title: z.string(),
  body: z.string().meta({ description: 'Markdown; answers only' }).optional(),
  firstStep: stepSummarySchema.nullable().meta({ description: 'Paths only' }).optional(),
  locale: localeSchema.meta({
    description: 'The locale of the returned text; differs from the asked locale when no translation exists',
  }),
  partners: z.array(partnerLinkSchema),
  handoff: handoffChannelSchema.optional(),
  score,
  urgent: z.literal(true).optional(),
  audience: audienceSchema.meta({ description: "The entry's own audience" }),
  audienceMatch: z.boolean().meta({
    description:
      "True when no audience was asked or the entry's audience is the asked one; false when a strong " +
      'match written for another audience is returned instead of no answer',
  }),
});
export type AskAnswer = z.infer<typeof askAnswerSchema>;

export const askSuggestionSchema = z.strictObject({
  slug: z.string(),
  kind: entryKindSchema,
  title: z.string(),
  score,
  audience: audienceSchema.meta({ description: "The entry's own audience" }),
});
export type AskSuggestion = z.infer<typeof askSuggestionSchema>;

/** The most suggestions an ask returns besides its answer. */
export const MAX_SUGGESTIONS = 3;

/** What the ranking decides for a question: the answer (if any) and the runner-ups. */
export const rankedAskSchema = z.strictObject({
  answered: z.boolean(),
  answer: askAnswerSchema.nullable(),
  suggestions: z.array(askSuggestionSchema).max(MAX_SUGGESTIONS),
});
export type RankedAsk = z.infer<typeof rankedAskSchema>;

export const askResponseSchema = z.strictObject({
  askId: z.uuid().meta({
    description:
      'The id under which the server recorded this ask (also when unanswered); send it with feedback ' +
      'and answer_shown events about this answer',
  }),
  ...rankedAskSchema.shape,
});
export type AskResponse = z.infer<typeof askResponseSchema>;
