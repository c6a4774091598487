import { errors } from '@strapi/utils';
import { failValidation } from '../../validation-failure';
import { validateAskRequest } from '../../bot/validate-ask-request';
import type { TestQuestion } from '../reports/content-health';

/** How many test questions one content-health request may rank. */
export const MAX_TEST_QUESTIONS = 500;
const TEST_QUESTION_FIELDS: ReadonlySet<string> = new Set(['question', 'locale']);

/**
 * Parses the body of POST /analytics-api/content-health: `{ testQuestions?: [{ question, locale }] }`,
 * each checked as an ask; a problem is a 400 naming `testQuestions[i].field`.
 */
export function validateTestQuestions(body: unknown, maxQuestionLength: number): TestQuestion[] {
  if (body === undefined || body === null) return [];
  if (typeof body !== 'object' || Array.isArray(body)) failValidation(['body'], 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (key !== 'testQuestions') failValidation([key], 'is not a known field');
  if (b.testQuestions === undefined) return [];
  const list = b.testQuestions;
  if (!Array.isArray(list) || list.length > MAX_TEST_QUESTIONS) {
    failValidation(['testQuestions'], `must be a list of at most ${MAX_TEST_QUESTIONS} { question, locale }`);
  }
  return list.map((item, i) => {
    try {
      const { question, locale } = validateAskRequest(item, maxQuestionLength, TEST_QUESTION_FIELDS);
      return { question, locale };
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      const [inner] = (error.details as { errors: Array<{ path: Array<string | number>; message: string }> }).errors;
      return failValidation(['testQuestions', i, ...inner.path], inner.message);
    }
  });
}
