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

/** Whether a Document Service call on a watched content type changes a draft (any write does). */
export function changesDrafts(uid: string, action: string): boolean {
  return WATCHED.has(uid) && (CHANGES_PUBLISHED.has(action) || WRITES.has(action));
}

/** What a Document Service call changes in the published knowledge base, as queue jobs. */
export function jobsFor(uid: string, action: string, params: Params, result: unknown): NewJob[] {
  return changesPublished(uid, action, params) ? jobsOf(uid, params, result) : [];
}

/** What a Document Service call changes in the drafts (the latest version of every document), as queue jobs. */
export function draftJobsFor(uid: string, action: string, params: Params, result: unknown): NewJob[] {
  return changesDrafts(uid, action) ? jobsOf(uid, params, result) : [];
}

function jobsOf(uid: string, params: Params, result: unknown): NewJob[] {
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

/** The queues of the published index and of the draft index. */
export interface SyncQueues {
  published: SyncQueue;
  drafts: SyncQueue;
}

/**
 * Every way content reaches or leaves the published state — publish,
 * unpublish, delete, discard draft, create/update with status=published, from
 * REST, the admin panel or code — enqueues its index change in the same
 * transaction as the write, so an acknowledged change is never lost. Every
 * write (draft saves too) enqueues the draft index's change the same way.
 */
export function createSyncMiddleware(
  strapi: Core.Strapi,
  queues: SyncQueues,
  wake: () => void,
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as Params;
    if (!changesDrafts(context.uid, context.action)) return next();
    return strapi.db.transaction(async ({ onCommit }) => {
      const result = await next();
      await queues.published.enqueue(jobsFor(context.uid, context.action, params, result));
      await queues.drafts.enqueue(draftJobsFor(context.uid, context.action, params, result));
      onCommit(wake);
      return result;
    });
  };
}
