import type { Modules } from '@strapi/strapi';

/** Document Service actions that change what is stored. */
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Document Service middleware: calls `onWrite` after any write to a document of `uid` (for caches of that content). */
export function onDocumentWrite(
  uid: string,
  onWrite: () => void | Promise<void>,
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    if (context.uid === uid && WRITES.has(context.action)) await onWrite();
    return result;
  };
}
