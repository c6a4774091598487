import type { Analyzer } from '@botkb/search';

/**
 * The grouping key of a (redacted) question: the sorted, de-duplicated stems
 * of its words — inflection, case and word order fold together. Compound
 * parts are left out, so a compound typed as two words still differs by a
 * join that `similarQuestionKeys` recognises.
 */
export function questionKey(analyzer: Analyzer, text: string): string {
  return [...new Set(analyzer.words(text).map((w) => w.stem).filter(Boolean))].sort().join(' ').slice(0, 500);
}
