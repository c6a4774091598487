import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SearchLocale } from '@botkb/search';

/** The 404 of a bot read: names the locales the entry is published in (`details.availableLocales`). */
export async function notPublishedError(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  what: string,
  slug: string,
  locale: SearchLocale,
): Promise<errors.NotFoundError> {
  const where = { slug, publishedAt: { $notNull: true } };
  const rows = await strapi.db.query(uid).findMany({ where, select: ['locale'] });
  const available = rows as Array<{ locale: string }>;
  const locales = [...new Set(available.map((r) => r.locale))].sort();
  const message = locales.length
    ? `${what} "${slug}" has no published ${locale} version (available: ${locales.join(', ')})`
    : `${what} "${slug}" not found`;
  return new errors.NotFoundError(message, { slug, locale, availableLocales: locales });
}
