import type { z } from 'zod';

/**
 * A response field decided in issue 18 that the server sends only once the "botapi" change is merged
 * (askId, audience, audienceMatch, option keys, answer targets' content). Until then it is optional in
 * the contract so that today's responses still match it; after the merge this returns `schema` itself,
 * which makes every such field required at once.
 */
export function decided<T extends z.ZodType>(schema: T) {
  return schema.optional();
}
