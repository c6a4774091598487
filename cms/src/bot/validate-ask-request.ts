import { failValidation } from '../validation-failure';
import { isSearchLocale } from '@botkb/search';
import { AUDIENCES, CHANNEL_PATTERN, CHANNEL_RULE, type AskRequest, type Audience } from './bot-types';

const ASK_FIELDS: ReadonlySet<string> = new Set(['question', 'locale', 'audience', 'sessionId', 'channel']);
/** A staff member trying the bot (POST /analytics-api/try) is no bot session on a channel; `content` picks drafts. */
export const TRY_FIELDS: ReadonlySet<string> = new Set(['question', 'locale', 'audience', 'content']);

/** Parses the body of POST /api/bot/ask (or, with TRY_FIELDS, of a try); any problem is a 400 naming the field. */
export function validateAskRequest(body: unknown, maxQuestionLength: number, fields = ASK_FIELDS): AskRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failValidation(['body'], 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!fields.has(key)) failValidation([key], 'is not a known field');
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
  if (b.sessionId !== undefined) {
    const v = b.sessionId;
    if (typeof v !== 'string' || v.length === 0 || v.length > 100) failValidation(['sessionId'], 'must be a string of 1–100 characters');
    out.sessionId = v;
  }
  if (b.channel !== undefined) {
    if (typeof b.channel !== 'string' || !CHANNEL_PATTERN.test(b.channel)) failValidation(['channel'], `must be ${CHANNEL_RULE}`);
    out.channel = b.channel;
  }
  return out;
}
