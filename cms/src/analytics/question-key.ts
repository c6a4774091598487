import { foldDiacritics, tokenize, type Analyzer } from '@botkb/search';
import { GROUPING_STOP_WORDS } from './grouping-stop-words';

const MIN_PART = 4;
const IGNORED = new Map(Object.entries(GROUPING_STOP_WORDS).map(([locale, words]) =>
  [locale, new Set(words.flatMap((w) => [w, foldDiacritics(w)]))]));

/**
 * The grouping key of a (redacted) question: the sorted, de-duplicated stems
 * of its words and of their compound parts — inflection, case and word order
 * fold together; greetings, thanks and question words
 * (grouping-stop-words.ts) are left out.
 */
export function questionKey(analyzer: Analyzer, text: string): string {
  const ignored = IGNORED.get(analyzer.locale) ?? new Set<string>();
  const words = analyzer.words(tokenize(text).filter((t) => !ignored.has(t)).join(' '));
  // Compound parts shorter than a syllable pair ("al" of "terveysasemalla") are endings, not words.
  const parts = words.flatMap((w) => w.parts.filter((p) => p.length >= MIN_PART));
  return [...new Set([...words.map((w) => w.stem), ...parts].filter(Boolean))].sort().join(' ').slice(0, 500);
}
