import type { Analyzer } from './create-analyzer';

export interface Vocabulary {
  stopWords: string[];
  /** Groups of interchangeable terms, e.g. ["terveysasema", "terveyskeskus", "terkkari"]. */
  synonyms: string[][];
}

export const EMPTY_VOCABULARY: Vocabulary = { stopWords: [], synonyms: [] };

/**
 * Index settings as code; applied at start-up and whenever the vocabulary changes.
 * Synonyms are keyed by the terms a query is searched with (`analyzeQuery`): with the
 * indexed form, a compound would carry its parts ("terveyskeskus terveys keskus") and a
 * question saying "terveyskeskus" would never reach its synonyms.
 */
export function indexSettings(analyzer: Analyzer, vocabulary: Vocabulary) {
  const synonyms: Record<string, string[]> = {};
  for (const group of vocabulary.synonyms) {
    const terms = [...new Set(group.map((t) => analyzer.analyzeQuery(t)).filter(Boolean))];
    for (const term of terms) {
      const others = terms.filter((t) => t !== term);
      if (others.length) synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  const stopWords = [
    ...new Set(vocabulary.stopWords.flatMap((w) => [w.toLowerCase(), analyzer.stem(w.toLowerCase())])),
  ];
  return {
    searchableAttributes: ['s_phrasings', 's_title', 's_topic', 's_body'],
    displayedAttributes: ['*'],
    filterableAttributes: ['audience', 'kind', 'slug', 'topic', 'translations', 'documentId'],
    sortableAttributes: ['slug'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords,
    synonyms,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 1000 },
  };
}

/** Analyzed synonym map (term → its synonyms) for query-side use. */
export function analyzedSynonyms(analyzer: Analyzer, vocabulary: Vocabulary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of vocabulary.synonyms) {
    const terms = [...new Set(group.map((t) => analyzer.analyzeQuery(t)).filter((t) => t && !t.includes(' ')))];
    for (const t of terms) out.set(t, [...new Set([...(out.get(t) ?? []), ...terms.filter((x) => x !== t)])]);
  }
  return out;
}

export type IndexSettings = ReturnType<typeof indexSettings>;
