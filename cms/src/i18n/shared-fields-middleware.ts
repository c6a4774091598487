import type { Core, Modules } from '@strapi/strapi';

type Attribute = { type: string; relation?: string; pluginOptions?: { i18n?: { localized?: boolean } } };
type Row = Record<string, unknown>;
// The Document Service is typed per UID; this middleware works on every knowledge-base type.
type Documents = { findOne(p: Row): Promise<Row | null> };

/**
 * Identity and structure (slug, audience, owner, dates, relations) are shared
 * across locales. When a request adds a new locale to a document — e.g. the
 * Swedish version through REST, `PUT /api/answers/:id?locale=sv` — the shared
 * fields it leaves out are taken from an existing locale, so a translator only
 * sends the translated text.
 */
export function createSharedFieldsMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action !== 'update' || !context.uid.startsWith('api::')) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Row };
    const { documentId, locale, data } = params;
    if (!documentId || !locale || !data) return next();
    const docs = strapi.documents(context.uid) as unknown as Documents;
    if (await docs.findOne({ documentId, locale, status: 'draft', fields: ['id'] })) return next();

    const attributes = strapi.getModel(context.uid).attributes as Record<string, Attribute>;
    const shared = Object.entries(attributes).filter(
      ([name, a]) => a.pluginOptions?.i18n?.localized === false && !(name in data),
    );
    if (shared.length === 0) return next();
    const populate = Object.fromEntries(
      shared.filter(([, a]) => a.type === 'relation').map(([name]) => [name, { fields: ['documentId'] }]),
    );
    const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
    for (const other of locales.map((l) => l.code).filter((c) => c !== locale)) {
      const source = await docs.findOne({ documentId, locale: other, status: 'draft', populate });
      if (!source) continue;
      for (const [name, attribute] of shared) {
        const value = source[name];
        if (value === null || value === undefined) continue;
        if (attribute.type === 'relation') {
          data[name] = Array.isArray(value) ? value.map((v: Row) => v.documentId) : (value as Row).documentId;
        } else {
          data[name] = value;
        }
      }
      break;
    }
    return next();
  };
}
