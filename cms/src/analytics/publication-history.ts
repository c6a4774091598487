import type { Core, Modules, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { EntryKind } from '@botkb/search';
import { UID_KIND } from '../content-uids';
import { changesPublished } from '../search/sync-middleware';
import { TABLES } from './analytics-tables';
import { readPublishedTexts, recordTextChanges, type PublishedTexts } from './text-changes';

type Params = { documentId?: string; status?: string };

/**
 * Records when answers and paths enter or leave the published state, per
 * locale, so reports can count published content at any past month end.
 * State-based: after the write (same transaction) the document's published
 * locales are compared with the last recorded state. Also records when each
 * language's translated text changed (text-changes.ts), for content health.
 */
export function createPublicationHistoryMiddleware(
  strapi: Core.Strapi,
  onChange: () => Promise<void>,
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const kind = UID_KIND[context.uid] as EntryKind | undefined;
    const params = context.params as Params;
    const relevant = kind && changesPublished(context.uid, context.action, params);
    if (!relevant) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const before: PublishedTexts = params.documentId
        ? await readPublishedTexts(strapi, context.uid, kind, params.documentId)
        : new Map();
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) {
        const at = Date.now();
        await recordPublicationState(strapi, trx, context.uid, kind, documentId, at);
        const after = await readPublishedTexts(strapi, context.uid, kind, documentId);
        await recordTextChanges(trx, documentId, before, after, at);
      }
      // In the same transaction: the change is announced when it commits.
      await onChange();
      return result;
    });
  };
}

async function recordPublicationState(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: UID.ContentType,
  kind: EntryKind,
  documentId: string,
  at: number,
): Promise<void> {
  const published = (await strapi.db
    .query(uid)
    .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale', 'audience'] })) as Array<{
    locale: string;
    audience: string;
  }>;
  const now = new Map(published.map((p) => [p.locale, p.audience ?? '']));
  const history = await trx(TABLES.publications)
    .where({ document_id: documentId })
    .orderBy('id', 'asc')
    .select('locale', 'action', 'audience');
  const last = new Map<string, { action: string; audience: string }>();
  for (const h of history) last.set(h.locale, h);
  const rows: Array<Record<string, unknown>> = [];
  for (const [locale, audience] of now) {
    const prev = last.get(locale);
    if (!prev || prev.action !== 'publish' || prev.audience !== audience)
      rows.push({ document_id: documentId, kind, locale, audience, action: 'publish', at });
  }
  for (const [locale, prev] of last) {
    if (prev.action === 'publish' && !now.has(locale))
      rows.push({ document_id: documentId, kind, locale, audience: prev.audience, action: 'unpublish', at });
  }
  if (rows.length) await trx(TABLES.publications).insert(rows);
}
