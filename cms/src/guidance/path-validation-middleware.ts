import type { Core, Modules } from '@strapi/strapi';
import { assertValidPath } from './assert-valid-path';
import { loadPathSteps } from './load-path-steps';
import { PATH_UID } from '../content-uids';

type Params = { documentId?: string; locale?: unknown; status?: string; data?: Record<string, unknown> };

/** The locales a `publish` call publishes: the one it names, else every locale with a draft. */
async function publishedLocales(strapi: Core.Strapi, documentId: string, locale: unknown): Promise<string[]> {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  const rows = await strapi.db
    .query(PATH_UID)
    .findMany({ where: { documentId, publishedAt: null }, select: ['locale'] });
  const all = (rows as Array<{ locale: string }>).map((r) => r.locale);
  return Array.isArray(locale) ? all.filter((l) => locale.includes(l)) : all;
}

/**
 * Document Service middleware: a draft of a guidance path is always stored, however
 * incomplete (the editor lists its problems, see path-problems.ts); publishing — the
 * `publish` action, or a create/update with `status: 'published'` as the REST API sends
 * by default — is refused with a 400 naming every broken step.
 */
export function createPathValidationMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== PATH_UID) return next();
    const params = context.params as Params;
    if (context.action === 'publish' && params.documentId) {
      for (const locale of await publishedLocales(strapi, params.documentId, params.locale)) {
        const steps = await loadPathSteps(strapi, { documentId: params.documentId, locale, status: 'draft' });
        if (steps) assertValidPath(steps, { requireRelations: true });
      }
      return next();
    }
    const writes = context.action === 'create' || context.action === 'update';
    if (!writes || params.status !== 'published') return next();
    const data = params.data;
    if (context.action === 'create' || (data && 'steps' in data)) {
      assertValidPath(data?.steps, { requireRelations: context.action === 'create' });
    } else if (params.documentId && typeof params.locale === 'string') {
      const steps = await loadPathSteps(strapi, {
        documentId: params.documentId,
        locale: params.locale,
        status: 'draft',
      });
      if (steps) assertValidPath(steps, { requireRelations: true });
    }
    return next();
  };
}
