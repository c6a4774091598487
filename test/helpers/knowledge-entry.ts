import type { KnowledgeEntry, SearchLocale } from '@botkb/search';

/** A published resident answer as the search reads it from the CMS (no topic, phrasings, partners or steps). */
export const knowledgeEntry = (
  documentId: string,
  title: string,
  body: string,
  locale: SearchLocale = 'fi',
  translations: SearchLocale[] = [locale],
): KnowledgeEntry => ({
  kind: 'answer',
  documentId,
  locale,
  slug: documentId,
  audience: 'resident',
  topic: null,
  title,
  body,
  phrasings: [],
  partners: [],
  handoff: null,
  firstStep: null,
  translations,
});
