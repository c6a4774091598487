import type { Core, Modules, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { failValidation } from '../validation-failure';
import { SLUG_SOURCES } from './slug-sources';

type Row = Record<string, unknown>;
type Version = { locale: string; slug: string | null; publishedAt: string | null };
type Params = { documentId?: string; locale?: unknown; status?: string; data?: Row };
type UidService = {
  generateUIDField(p: { contentTypeUID: string; field: string; data: Row; locale: string }): Promise<string>;
};

/** The version whose slug every locale shares: the default locale's, else the one written first. */
function sourceOf(versions: Version[]): Version | undefined {
  const drafts = versions.filter((v) => v.publishedAt === null);
  return drafts.find((v) => v.locale === DEFAULT_LOCALE) ?? drafts[0];
}

/** Publishing the source version gives the other locales' published versions its slug. */
type Next = Parameters<Modules.Documents.Middleware.Middleware>[1];

// Each write and the slug it hands on to other locales commit together, before the search
// sync (an inner middleware) is woken to index the document's locales.
async function publishSlug(strapi: Core.Strapi, uid: UID.ContentType, params: Params, next: Next) {
  return strapi.db.transaction(() => handOnPublishedSlug(strapi, uid, params, next));
}

async function handOnPublishedSlug(strapi: Core.Strapi, uid: UID.ContentType, params: Params, next: Next) {
  const result = await next();
  if (!params.documentId) return result;
  const query = strapi.db.query(uid);
  const where = { documentId: params.documentId };
  const source = sourceOf((await query.findMany({ where, select: ['locale', 'slug', 'publishedAt'] })) as Version[]);
  if (source) {
    const others = {
      ...where,
      locale: { $ne: source.locale },
      publishedAt: { $notNull: true },
      slug: { $ne: source.slug },
    };
    await query.updateMany({ where: others, data: { slug: source.slug } });
  }
  return result;
}

/**
 * Document Service middleware: a document has one slug in every locale.
 *  - A new entry without a slug gets one from its title (ä/ö/å folded, unique).
 *  - A new locale of an existing document takes the document's slug, whatever it sent
 *    (the admin panel pre-fills the field from the translated title).
 *  - Changing the slug of the source version (Finnish) renames the document: the other
 *    locales' drafts follow at once, their published versions when the source is published.
 *    Refusing would leave a typo unfixable.
 *  - Changing it in another locale is a 400 on `slug`: it is changed in the source version.
 */
export function createSharedSlugMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const uid = context.uid;
    if (!(uid in SLUG_SOURCES)) return next();
    if (context.action === 'publish') return publishSlug(strapi, uid, context.params as Params, next);
    if (context.action !== 'create' && context.action !== 'update') return next();
    const { documentId, data, locale: given, status } = context.params as Params;
    if (!data) return next();
    const locale = typeof given === 'string' ? given : DEFAULT_LOCALE;
    const query = strapi.db.query(uid);
    const versions = (
      documentId ? await query.findMany({ where: { documentId }, select: ['locale', 'slug', 'publishedAt'] }) : []
    ) as Version[];
    const source = sourceOf(versions);
    const isNewLocale = !versions.some((v) => v.locale === locale);
    const isSource = !source || source.locale === locale;
    if (source && isNewLocale) data.slug = source.slug;
    else if (!isSource && 'slug' in data && data.slug !== source?.slug) {
      failValidation(['slug'], `is shared by every locale: change it in the ${source?.locale} version`);
    }
    const titleField = SLUG_SOURCES[uid];
    if (isNewLocale && !data.slug && titleField && typeof data[titleField] === 'string') {
      const uids = strapi.plugin('content-manager').service('uid') as UidService;
      data.slug = await uids.generateUIDField({ contentTypeUID: uid, field: 'slug', data, locale });
    }
    const renames =
      documentId && isSource && !isNewLocale && typeof data.slug === 'string' && data.slug !== source?.slug;
    if (!renames) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const others = { documentId, locale: { $ne: locale } };
      const where = status === 'published' ? others : { ...others, publishedAt: null };
      await query.updateMany({ where, data: { slug: data.slug } });
      return result;
    });
  };
}
