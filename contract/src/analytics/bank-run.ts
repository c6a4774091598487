import { z } from 'zod';
import { ENTRY_KINDS } from './shared-enums';
import { KNOWLEDGE_CONTENTS, RUN_STATUSES, RUN_TRIGGERS } from './analytics-enums';
import { bankResultSchema } from './bank-question';

/** A locale's figures in a run, computed like `npm run eval`. */
export const localeTotalsSchema = z.object({
  questions: z.number().int(),
  passed: z.number().int(),
  passRate: z.number().meta({ description: 'passed / questions' }),
  inScope: z.number().int().meta({ description: 'questions with an expected entry' }),
  hit1: z.number(),
  hit3: z.number(),
  outOfScope: z.number().int(),
  falseAnswers: z.number().int().meta({ description: 'out-of-scope questions answered anyway' }),
});
export type LocaleTotals = z.infer<typeof localeTotalsSchema>;

/** A question-bank run. */
export const bankRunSchema = z.object({
  id: z.number().int(),
  content: z.enum(KNOWLEDGE_CONTENTS),
  trigger: z.enum(RUN_TRIGGERS),
  status: z.enum(RUN_STATUSES),
  questions: z.number().int(),
  done: z.number().int(),
  queuedAt: z.string().meta({ format: 'date-time' }),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  totals: z.record(z.string(), localeTotalsSchema).nullable().meta({ description: 'per locale' }),
  error: z.string().nullable(),
});
export type BankRun = z.infer<typeof bankRunSchema>;

/** GET /question-bank/runs/:id: the run and its results. */
export const bankRunDetailSchema = bankRunSchema.extend({ results: z.array(bankResultSchema) });

/** The entry that answered a question, linked to the admin panel (null URL: no published version). */
export const linkedEntrySchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  slug: z.string(),
  adminUrl: z.string().nullable(),
});
export type LinkedEntry = z.infer<typeof linkedEntrySchema>;

/** A question whose outcome flipped between two runs. */
export const changedQuestionSchema = z.object({
  questionId: z.number().int(),
  locale: z.string(),
  question: z.string(),
  expected: z.array(z.string()),
  change: z.enum(['now_failing', 'now_passing']),
  before: linkedEntrySchema.nullable(),
  now: linkedEntrySchema.nullable(),
});
export type ChangedQuestion = z.infer<typeof changedQuestionSchema>;

/** A content's latest finished run, the run it is compared with, and what changed. */
export const runComparisonSchema = z.object({
  latest: bankRunSchema.nullable(),
  previous: bankRunSchema.nullable(),
  changes: z.array(changedQuestionSchema),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;

/** GET /question-bank/summary. */
export const bankSummarySchema = z.object({
  published: runComparisonSchema,
  drafts: runComparisonSchema,
  pending: z.array(bankRunSchema),
});
export type BankSummary = z.infer<typeof bankSummarySchema>;

/** The body of POST /question-bank/runs. */
export const bankRunRequestSchema = z.strictObject({
  content: z.enum(KNOWLEDGE_CONTENTS, { error: 'must be "published" or "drafts"' }).optional(),
});
export type BankRunRequest = z.infer<typeof bankRunRequestSchema>;

/** The query of GET /question-bank/runs. */
export const bankRunsQuerySchema = z.object({
  limit: z
    .string()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 100, { error: 'must be 1–100' })
    .optional(),
});
