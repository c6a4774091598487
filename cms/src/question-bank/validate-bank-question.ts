import { isSearchLocale, type SearchLocale } from '@botkb/search';
import { failValidation } from '../validation-failure';
import { SLUG_PATTERN } from '@botkb/contract';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { MAX_BANK_QUESTION_LENGTH, MAX_EXPECTED } from './bank-tables';

export interface BankQuestionInput {
  locale: SearchLocale;
  /** Redacted: a question may come from a resident. */
  question: string;
  /** Slugs of answers or paths that count as right; empty = should not be answered. */
  expected: string[];
}

const FIELDS: ReadonlySet<string> = new Set(['locale', 'question', 'expected', 'id']);

/** The body of POST/PUT /analytics-api/question-bank/questions; any problem is a 400 naming the field. */
export function validateBankQuestion(body: unknown): BankQuestionInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    failValidation(['body'], 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b))
    if (!FIELDS.has(key)) failValidation([key], 'is not a field (locale, question, expected)');
  if (!isSearchLocale(b.locale)) failValidation(['locale'], 'must be "fi" or "sv"');
  if (typeof b.question !== 'string') failValidation(['question'], 'is required and must be a string');
  const question = redactPersonalData(b.question.trim());
  if (!question) failValidation(['question'], 'must not be empty');
  if (question.length > MAX_BANK_QUESTION_LENGTH) {
    failValidation(['question'], `must be at most ${MAX_BANK_QUESTION_LENGTH} characters`);
  }
  if (!Array.isArray(b.expected))
    failValidation(['expected'], 'must be a list of slugs ([] = should not be answered)');
  if (b.expected.length > MAX_EXPECTED) failValidation(['expected'], `must list at most ${MAX_EXPECTED} slugs`);
  b.expected.forEach((slug, i) => {
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || slug.length > 200)
      failValidation(['expected', i], 'must be a slug');
  });
  return { locale: b.locale, question, expected: [...new Set(b.expected as string[])] };
}
