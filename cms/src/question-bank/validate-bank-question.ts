import { bankQuestionInputSchema, MAX_BANK_QUESTION_LENGTH, type BankQuestionInput } from '@botkb/contract';
import { failValidation } from '../validation-failure';
import { redactPersonalData } from '../privacy/redact-personal-data';
import { parseInput } from '../analytics/parse-input';

export type { BankQuestionInput };

/**
 * The body of POST/PUT /analytics-api/question-bank/questions (the contract's schema); the question is
 * trimmed and redacted (it may come from a resident). Any problem is a 400 naming the field.
 */
export function validateBankQuestion(body: unknown): BankQuestionInput {
  const b = parseInput(bankQuestionInputSchema, body, 'is not a field (locale, question, expected)');
  const question = redactPersonalData(b.question.trim());
  if (!question) failValidation(['question'], 'must not be empty');
  if (question.length > MAX_BANK_QUESTION_LENGTH) {
    failValidation(['question'], `must be at most ${MAX_BANK_QUESTION_LENGTH} characters`);
  }
  return { locale: b.locale, question, expected: [...new Set(b.expected)] };
}
