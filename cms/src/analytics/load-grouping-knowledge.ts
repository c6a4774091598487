import type { Core } from '@strapi/strapi';
import { SEARCH_LOCALES, entryTexts } from '@botkb/search';
import { buildAnalyzer } from '../search/search-runtime';
import { knowledgeTermShare, type KnowledgeTermShare } from './knowledge-term-share';

/**
 * How common each term is in the published knowledge base, per locale that
 * has content (knowledge-term-share.ts): the texts the search analyzer's
 * lexicon is built from. A locale without content is left out, so the
 * grouping does not take every word for a topic the knowledge base lacks.
 */
export async function loadGroupingKnowledge(strapi: Core.Strapi): Promise<Map<string, KnowledgeTermShare>> {
  const knowledge = new Map<string, KnowledgeTermShare>();
  for (const locale of SEARCH_LOCALES) {
    const { analyzer, vocabulary, entries } = await buildAnalyzer(strapi, locale);
    if (entries.length === 0) continue;
    const texts = [...entries.flatMap((e) => entryTexts(e)), ...vocabulary.synonyms.flat()].filter(Boolean);
    knowledge.set(locale, knowledgeTermShare(analyzer, texts));
  }
  return knowledge;
}
