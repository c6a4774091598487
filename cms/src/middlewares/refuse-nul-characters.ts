import { nulCharacterPath } from '../http/nul-character-path';
import { failValidation } from '../validation-failure';

interface NulContext {
  path: string;
  query: Record<string, unknown>;
  request: { body?: unknown };
}

const MESSAGE = 'must not contain the NUL character (\\u0000)';

/**
 * `global::refuse-nul-characters` (after `strapi::body`): a NUL character in
 * the path, a query parameter or a JSON body string is a 400 naming where it
 * is, before any route hands it to the database (PostgreSQL refuses it with a
 * 500, and the privacy redaction uses it as its mask).
 */
export default () => async (ctx: NulContext, next: () => Promise<void>) => {
  let path: string;
  try {
    path = decodeURIComponent(ctx.path);
  } catch {
    path = ctx.path;
  }
  if (path.includes('\u0000')) failValidation(['path'], MESSAGE);
  const inQuery = nulCharacterPath(ctx.query);
  if (inQuery) failValidation(inQuery.length > 0 ? inQuery : ['query'], MESSAGE);
  const inBody = nulCharacterPath(ctx.request.body);
  if (inBody) failValidation(inBody.length > 0 ? inBody : ['body'], MESSAGE);
  await next();
};
