import type { Core, Modules } from '@strapi/strapi';
import { ANSWER_UID, PARTNER_UID, PATH_UID, TOPIC_UID, UID_KIND, VOCABULARY_UID } from '../content-uids';
import type { NewJob, SyncQueue } from './sync-queue';

const CHANGES_PUBLISHED = new Set(['publish', 'unpublish', 'delete', 'discardDraft']);
const WRITES = new Set(['create', 'update']);
const WATCHED = new Set([ANSWER_UID, PATH_UID, PARTNER_UID, TOPIC_UID, VOCABULARY_UID]);

type Params = { documentId?: string; locale?: string | string[]; status?: string };

/** Whether a Document Service call on a watched content type changes what is published. */
export function changesPublished(uid: string, action: string, params: Params): boolean {
  return WATCHED.has(uid) && (CHANGES_PUBLISHED.has(action) || (WRITES.has(action) && params.status === 'published'));
}

/** What a Document Service call changes in the published knowledge base, as queue jobs. */
export function jobsFor(uid: string, action: string, params: Params, result: unknown): NewJob[] {
  if (!changesPublished(uid, action, params)) return [];
  const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId ?? null;
  if (uid === ANSWER_UID || uid === PATH_UID) {
    // Reconcile every locale: shared fields changed in one locale change the others too.
    return documentId ? [{ target: UID_KIND[uid], documentId, locale: null }] : [];
  }
  if (uid === PARTNER_UID || uid === TOPIC_UID) return [{ target: 'all', documentId: null, locale: null }];
  if (uid === VOCABULARY_UID) {
    const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : null;
    return [{ target: 'settings', documentId: null, locale }];
  }
  return [];
}

/**
 * Every way content reaches or leaves the published state — publish,
 * unpublish, delete, discard draft, create/update with status=published, from
 * REST, the admin panel or code — enqueues its index change in the same
 * transaction as the write, so an acknowledged change is never lost.
 */
export function createSyncMiddleware(strapi: Core.Strapi, queue: SyncQueue, wake: () => void): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as Params;
    if (!changesPublished(context.uid, context.action, params)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      await queue.enqueue(jobsFor(context.uid, context.action, params, result));
      onCommit(wake);
      return result;
    });
  };
}
