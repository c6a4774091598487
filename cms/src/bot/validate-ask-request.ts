import { failValidation } from '../validation-failure';
import { isSearchLocale } from '@botkb/search';
import { AUDIENCES, type AskRequest, type Audience } from './bot-types';

const FIELDS = new Set(['question', 'locale', 'audience', 'sessionId', 'channel']);

/** Parses the body of POST /api/bot/ask; any problem is a 400 naming the field. */
export function validateAskRequest(body: unknown, maxQuestionLength: number): AskRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failValidation(['body'], 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!FIELDS.has(key)) failValidation([key], 'is not a known field');
  if (typeof b.question !== 'string') failValidation(['question'], 'is required and must be a string');
  const question = b.question.trim();
  if (question.length === 0) failValidation(['question'], 'must not be empty');
  if (question.length > maxQuestionLength) failValidation(['question'], `must be at most ${maxQuestionLength} characters`);
  if (!isSearchLocale(b.locale)) failValidation(['locale'], 'must be "fi" or "sv"');
  const out: AskRequest = { question, locale: b.locale };
  if (b.audience !== undefined) {
    if (!AUDIENCES.includes(b.audience as Audience)) failValidation(['audience'], `must be one of ${AUDIENCES.join(', ')}`);
    out.audience = b.audience as Audience;
  }
  for (const field of ['sessionId', 'channel'] as const) {
    const v = b[field];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length === 0 || v.length > 100) failValidation([field], 'must be a string of 1–100 characters');
    out[field] = v;
  }
  return out;
}
