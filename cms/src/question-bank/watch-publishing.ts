import type { Modules } from '@strapi/strapi';
import { changesPublished } from '../search/sync-middleware';

/** Document Service middleware: calls `onPublished` after a write that changes what bots can answer. */
export function watchPublishing(onPublished: () => void): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    if (changesPublished(context.uid, context.action, context.params)) onPublished();
    return result;
  };
}
