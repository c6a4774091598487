import { foldDiacritics, type Analyzer } from '@botkb/search';

/** How common a (folded) grouping term is in a locale's knowledge base: the share of its texts that have it. */
export type KnowledgeTermShare = (term: string) => number;

/**
 * The share of the knowledge base's texts (titles, bodies, phrasings,
 * topics and synonym groups: what its analyzer's lexicon is built from)
 * that contain each analyzer term. A word the content uses everywhere
 * ("terveysasema", "hälsostation") tells unanswered questions apart less
 * than one it never uses ("passi", "hittegods"): those are why a question
 * went unanswered.
 */
export function knowledgeTermShare(analyzer: Analyzer, texts: Iterable<string>): KnowledgeTermShare {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    total += 1;
    for (const t of new Set(analyzer.terms(text).map(foldDiacritics))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return (term) => (total > 0 ? (counts.get(term) ?? 0) / total : 0);
}
