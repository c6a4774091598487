import { failValidation } from './validation-failure';
import { prototypeKeyPath } from './prototype-key-path';

/**
 * `onError` of Strapi's body parser (koa-body → co-body). co-body refuses a
 * JSON body that is not valid JSON, is not an object or array, or has a
 * `__proto__` key with a 400 that names no field, and keeps the raw text in
 * `error.body`. This answers the app's 400 naming the field instead: the
 * `__proto__` key's path (`events[0].__proto__`), else `body`. Any other
 * error (too large, wrong encoding) is rethrown as it is.
 */
export function refuseBadJsonBody(error: Error & { body?: unknown }): never {
  if (typeof error.body !== 'string') throw error;
  let parsed: unknown;
  try {
    parsed = JSON.parse(error.body); // plain JSON.parse keeps `__proto__` as an ordinary own key
  } catch (parseError) {
    failValidation(['body'], `is not valid JSON (${(parseError as Error).message})`);
  }
  const path = prototypeKeyPath(parsed);
  if (path) failValidation(path, 'is not allowed as a key');
  if (parsed === null || typeof parsed !== 'object') failValidation(['body'], 'must be a JSON object or array');
  throw error;
}
