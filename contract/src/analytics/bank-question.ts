import { z } from 'zod';
import { CONTENT_LOCALES, ENTRY_KINDS, SLUG_PATTERN } from './shared-enums';
import { BANK_OUTCOMES, QUESTION_SOURCES } from './analytics-enums';

/** Longest bank question (the bot's own limit) and most expected entries per question. */
export const MAX_BANK_QUESTION_LENGTH = 500;
export const MAX_EXPECTED = 5;
/** Most bank questions one page lists. */
export const MAX_BANK_PAGE = 200;

const expectedError = 'must be a list of slugs ([] = should not be answered)';

/** The body of POST/PUT /question-bank/questions (the CMS trims and redacts the question). */
export const bankQuestionInputSchema = z.strictObject({
  locale: z.enum(CONTENT_LOCALES, { error: 'must be "fi" or "sv"' }),
  question: z
    .string({ error: 'is required and must be a string' })
    .meta({ description: `1–${MAX_BANK_QUESTION_LENGTH} characters after trimming and redaction` }),
  expected: z
    .array(
      z
        .string({ error: 'must be a slug' })
        .max(200, { error: 'must be a slug' })
        .regex(SLUG_PATTERN, { error: 'must be a slug' }),
      {
        error: expectedError,
      },
    )
    .max(MAX_EXPECTED, { error: `must list at most ${MAX_EXPECTED} slugs` })
    .meta({ description: 'slugs of answers or paths that count as right; [] = should not be answered' }),
  id: z.union([z.string(), z.number()]).optional().meta({ description: 'ignored (react-admin sends it)' }),
});
export type BankQuestionInput = Omit<z.infer<typeof bankQuestionInputSchema>, 'id'>;

/** What the bot answered one bank question in a run. */
export const bankResultSchema = z.object({
  questionId: z.number().int(),
  locale: z.string(),
  question: z.string(),
  expected: z.array(z.string()),
  passed: z.boolean(),
  answered: z.boolean(),
  answer: z.object({ kind: z.enum(ENTRY_KINDS), slug: z.string(), score: z.number() }).nullable(),
  top: z.array(z.string()).meta({ description: 'slugs best first' }),
});
export type BankResult = z.infer<typeof bankResultSchema>;

/** A stored bank question. */
export const bankQuestionSchema = z.object({
  id: z.number().int(),
  locale: z.enum(CONTENT_LOCALES),
  question: z.string(),
  expected: z.array(z.string()),
  source: z.enum(QUESTION_SOURCES),
  groupId: z.number().int().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string().meta({ format: 'date-time' }),
  updatedAt: z.string().meta({ format: 'date-time' }),
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

/** A row of GET /question-bank/questions: the question with its result in the latest published run. */
export const bankQuestionRowSchema = bankQuestionSchema.extend({ lastResult: bankResultSchema.nullable() });
export type BankQuestionRow = z.infer<typeof bankQuestionRowSchema>;

const pageNumber = (max: number, error: string) =>
  z.string().refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= 1 && Number(v) <= max, { error });

/** The query of GET /question-bank/questions. */
export const bankQuestionQuerySchema = z.object({
  locale: z.enum(CONTENT_LOCALES, { error: 'must be "fi" or "sv"' }).optional(),
  outcome: z.enum(BANK_OUTCOMES, { error: `must be ${BANK_OUTCOMES.join(', ')}` }).optional(),
  q: z
    .string({ error: 'must be at most 200 characters' })
    .max(200, { error: 'must be at most 200 characters' })
    .optional(),
  page: pageNumber(100_000, 'must be a whole number ≥ 1').optional(),
  perPage: pageNumber(MAX_BANK_PAGE, `must be 1–${MAX_BANK_PAGE}`).optional(),
});
export type BankQuestionQuery = z.infer<typeof bankQuestionQuerySchema>;
