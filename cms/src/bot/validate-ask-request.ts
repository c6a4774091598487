import { errors } from '@strapi/utils';
import { isSearchLocale } from '@botkb/search';
import { AUDIENCES, type AskRequest, type Audience } from './bot-types';

const FIELDS = new Set(['question', 'locale', 'audience', 'sessionId', 'channel']);

function fail(field: string, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message, name: 'ValidationError' }] });
}

/** Parses the body of POST /api/bot/ask; any problem is a 400 naming the field. */
export function validateAskRequest(body: unknown, maxQuestionLength: number): AskRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('body', 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!FIELDS.has(key)) fail(key, 'is not a known field');
  if (typeof b.question !== 'string') fail('question', 'is required and must be a string');
  const question = b.question.trim();
  if (question.length === 0) fail('question', 'must not be empty');
  if (question.length > maxQuestionLength) fail('question', `must be at most ${maxQuestionLength} characters`);
  if (!isSearchLocale(b.locale)) fail('locale', 'must be "fi" or "sv"');
  const out: AskRequest = { question, locale: b.locale };
  if (b.audience !== undefined) {
    if (!AUDIENCES.includes(b.audience as Audience)) fail('audience', `must be one of ${AUDIENCES.join(', ')}`);
    out.audience = b.audience as Audience;
  }
  for (const field of ['sessionId', 'channel'] as const) {
    const v = b[field];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length === 0 || v.length > 100) fail(field, 'must be a string of 1–100 characters');
    out[field] = v;
  }
  return out;
}
