import { failValidation } from './validation-failure';
import { prototypeKeyPath } from './prototype-key-path';

/**
 * `onError` of Strapi's body parser (koa-body → co-body): co-body refuses a
 * JSON body with a `__proto__` key by throwing a 400 that names no field and
 * keeps the raw text in `error.body`. This turns it into the app's 400 naming
 * the key's path (`events[0].__proto__`); any other parse error is rethrown.
 */
export function refusePrototypeKeys(error: Error & { body?: unknown }): never {
  if (typeof error.body !== 'string') throw error;
  let parsed: unknown;
  try {
    parsed = JSON.parse(error.body); // plain JSON.parse keeps `__proto__` as an ordinary own key
  } catch {
    throw error;
  }
  const path = prototypeKeyPath(parsed);
  if (path) failValidation(path, 'is not allowed as a key');
  throw error;
}
