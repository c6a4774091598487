import type { Core } from '@strapi/strapi';
import type { SearchLocale, Vocabulary } from '@botkb/search';
import { VOCABULARY_UID } from '../content-uids';
import type { DocumentStatus } from './knowledge-content';

/**
 * The published (or draft) search vocabulary of a locale (stop words one per line or comma-separated;
 * synonym groups comma-separated).
 */
export async function readVocabulary(
  strapi: Core.Strapi,
  locale: SearchLocale,
  status: DocumentStatus = 'published',
): Promise<Vocabulary> {
  const row: Record<string, any> | null = await strapi
    .documents(VOCABULARY_UID)
    .findFirst({ locale, status, populate: { synonyms: true } });
  if (!row) return { stopWords: [], synonyms: [] };
  const split = (s: string) =>
    s
      .split(/[\n,]/)
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
  return {
    stopWords: split(row.stopWords ?? ''),
    synonyms: ((row.synonyms ?? []) as Array<{ terms: string }>).map((g) => split(g.terms)).filter((g) => g.length > 1),
  };
}
