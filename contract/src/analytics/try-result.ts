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

/**
 * Why the bot answered or not (cms/src/bot/answer-decision.ts): above the threshold; just under it (nearFloor)
 * as a clear winner (n-gram part ≥ minGram, lead over the runner-up ≥ minLead), with a close rival, or matching
 * one word and little else; below; or confident but another audience's entry, which needs a margin more.
 */
export const ANSWER_DECISION_REASONS = [
  'above_threshold',
  'near_threshold_clear_winner',
  'near_threshold_close_rival',
  'near_threshold_one_word',
  'below_threshold',
  'other_audience_not_strong',
] as const;
export type AnswerDecisionReason = (typeof ANSWER_DECISION_REASONS)[number];

/** The answer decision for the answer or, unanswered, the best candidate; `needed` is the score it had to reach. */
export const answerDecisionSchema = z.object({
  answered: z.boolean(),
  reason: z.enum(ANSWER_DECISION_REASONS),
  score: z.number(),
  gram: z.number(),
  lead: z.number(),
  needed: z.number(),
  nearFloor: z.number(),
  minGram: z.number(),
  minLead: z.number(),
});
export type AnswerDecision = z.infer<typeof answerDecisionSchema>;

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
    /** Null for a safety trigger's answer or a question with no candidate. */
    decision: answerDecisionSchema.nullable(),
  }),
});
export type TryResult = z.infer<typeof tryResultSchema>;
