import type { z } from 'zod';
import { failValidation } from '../validation-failure';

/**
 * Parses a query or body with a contract schema (`@botkb/contract`); the first problem is
 * the app's 400 naming its field (`failValidation`), e.g. `ids[2]: must be a group id`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  unknownKey = 'is not a known field',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') failValidation([...path, issue.keys[0]], unknownKey);
  if (path.length === 0 && issue.code === 'invalid_type') failValidation(['body'], 'must be a JSON object');
  return failValidation(path, issue.message);
}
