import { askRequestSchema, createAskRequestSchema, type AskRequest } from '@botkb/contract';
import { failOnContractIssues } from '../contract-failure';
import { failValidation } from '../validation-failure';

const ASK_FIELDS: ReadonlySet<string> = new Set(Object.keys(askRequestSchema.shape));
/** A staff member trying the bot (POST /analytics-api/try) is no bot session on a channel; `content` picks drafts. */
export const TRY_FIELDS: ReadonlySet<string> = new Set(['question', 'locale', 'audience', 'content']);

const schemas = new Map<number, ReturnType<typeof createAskRequestSchema>>();
function askSchema(maxQuestionLength: number) {
  let schema = schemas.get(maxQuestionLength);
  if (!schema) schemas.set(maxQuestionLength, (schema = createAskRequestSchema(maxQuestionLength)));
  return schema;
}

/**
 * Parses the body of POST /api/bot/ask (or, with TRY_FIELDS, of a try) with the contract's schema; any
 * problem is a 400 naming the field. Fields of `fields` the contract does not know (a try's `content`)
 * are allowed and left to the caller.
 */
export function validateAskRequest(body: unknown, maxQuestionLength: number, fields = ASK_FIELDS): AskRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    failValidation(['body'], 'must be a JSON object');
  for (const key of Object.keys(body)) if (!fields.has(key)) failValidation([key], 'is not a known field');
  const schema = askSchema(maxQuestionLength);
  const input = Object.fromEntries(Object.entries(body).filter(([key]) => Object.hasOwn(schema.shape, key)));
  const result = schema.safeParse(input);
  if (!result.success) failOnContractIssues(result.error.issues, input, [], { unknownField: 'is not a known field' });
  return result.data;
}
