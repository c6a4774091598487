import type { Core, UID } from '@strapi/strapi';
import { SLUG_REPLACEMENTS, SLUG_SOURCES } from './slug-sources';

type UidAttribute = { targetField?: string; options?: Record<string, unknown> };

/**
 * Makes each shared slug follow its title in the admin panel (`targetField`) and fold
 * ä/ö/å to a/o/a: the content manager's uid service, which the admin panel and
 * shared-slug-middleware.ts both use, slugifies with the attribute's `options`.
 */
export function configureSlugFields(strapi: Core.Strapi): void {
  for (const [uid, titleField] of Object.entries(SLUG_SOURCES) as Array<[UID.ContentType, string | null]>) {
    const attributes: Record<string, unknown> = strapi.contentType(uid).attributes;
    const slug = attributes.slug as UidAttribute;
    if (titleField) slug.targetField = titleField;
    slug.options = { ...slug.options, customReplacements: SLUG_REPLACEMENTS.map(([from, to]) => [from, to]) };
  }
}
