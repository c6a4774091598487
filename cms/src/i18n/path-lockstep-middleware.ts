import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { PATH_UID } from '../content-uids';
import { loadPathSteps } from '../guidance/load-path-steps';
import { alignTranslation, type DesignerLocale } from '../designer/designer-path';

type Params = { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
// Strapi's input types reject null, with which an option clears the targets it does not use.
type Documents = { update(p: Record<string, unknown>): Promise<unknown> };

/**
 * One structure, two languages: when the Finnish version of a guidance path gets new steps
 * (from the content manager, REST or the designer), the draft of every other locale is brought
 * in line — the same step keys, options and targets — keeping its translated texts and leaving
 * new prompts and labels empty, which the problems endpoint and the designer list as untranslated.
 */
export function createPathLockstepMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as Params;
    const relevant = context.uid === PATH_UID && context.action === 'update' && params.locale === DEFAULT_LOCALE;
    if (!relevant || !params.documentId || !params.data || !('steps' in params.data)) return next();
    const result = await next();
    const documentId = params.documentId;
    const source = await loadPathSteps(strapi, { documentId, locale: DEFAULT_LOCALE, status: 'draft' });
    for (const { code } of CONTENT_LOCALES.filter((l) => l.code !== DEFAULT_LOCALE)) {
      const translation = await loadPathSteps(strapi, { documentId, locale: code, status: 'draft' });
      if (!source || !translation) continue;
      const steps = alignTranslation(source, translation, code as Exclude<DesignerLocale, 'fi'>);
      if (!steps) continue;
      const docs = strapi.documents(PATH_UID) as unknown as Documents;
      await docs.update({ documentId, locale: code, status: 'draft', data: { steps } });
    }
    return result;
  };
}
