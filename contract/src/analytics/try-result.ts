import { z } from 'zod';
import { CONTENT_LOCALES, ENTRY_KINDS } from './shared-enums';
import { KNOWLEDGE_CONTENTS } from './analytics-enums';

/** How the analyzer read a typed word. */
export const WORD_READINGS = ['stop', 'short', 'stem', 'compound'] as const;
/** The indexed fields a term can match. */
export const MATCH_FIELDS = ['s_title', 's_phrasings', 's_topic', 's_body'] as const;

export const tryTermSchema = z.object({
  term: z.string(),
  correctedTo: z.string().nullable(),
  synonyms: z.array(z.string()),
  known: z.boolean(),
});
export type TryTerm = z.infer<typeof tryTermSchema>;

export const tryWordSchema = z.object({
  word: z.string(),
  how: z.enum(WORD_READINGS),
  terms: z.array(tryTermSchema),
});
export type TryWord = z.infer<typeof tryWordSchema>;

export const tryTermCoverageSchema = z.object({
  term: z.string(),
  weight: z.number(),
  match: z.number(),
  field: z.enum(MATCH_FIELDS).nullable(),
  variant: z.string().nullable(),
});
export type TryTermCoverage = z.infer<typeof tryTermCoverageSchema>;

/** The answer or a runner-up, with the parts of its score (score = 0.4 × coverage + 0.6 × gram). */
export const tryCandidateSchema = z.object({
  role: z.enum(['answer', 'suggestion']),
  slug: z.string(),
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  locale: z.enum(CONTENT_LOCALES),
  score: z.number(),
  coverage: z.number(),
  gram: z.number(),
  terms: z.array(tryTermCoverageSchema),
  adminUrl: z.string().nullable(),
});
export type TryCandidate = z.infer<typeof tryCandidateSchema>;

/** What POST /try answers in `data`: the bot's response (answer fields as the bot API's), the threshold, why. */
export const tryResultSchema = z.object({
  content: z.enum(KNOWLEDGE_CONTENTS),
  answered: z.boolean(),
  answer: z
    .looseObject({
      slug: z.string(),
      kind: z.enum(ENTRY_KINDS),
      title: z.string(),
      locale: z.enum(CONTENT_LOCALES),
      score: z.number(),
      urgent: z.boolean().optional(),
      adminUrl: z.string().nullable(),
    })
    .nullable(),
  suggestions: z.array(
    z.looseObject({ slug: z.string(), kind: z.enum(ENTRY_KINDS), title: z.string(), score: z.number() }),
  ),
  threshold: z.number(),
  explanation: z.object({
    words: z.array(tryWordSchema),
    trigger: z.object({ slug: z.string(), phrase: z.string() }).nullable(),
    fallback: z.boolean(),
    candidates: z.array(tryCandidateSchema),
  }),
});
export type TryResult = z.infer<typeof tryResultSchema>;
