import { editDistance, foldDiacritics, tokenize, type Analyzer } from '@botkb/search';
import { GROUPING_STOP_WORDS } from './grouping-stop-words';

const MIN_PART = 4;
/** Shortest word that may be a typo of a stop word ("mstä", "okno"); shorter ones are too ambiguous. */
const MIN_TYPO_LENGTH = 4;
const IGNORED = new Map(
  Object.entries(GROUPING_STOP_WORDS).map(([locale, words]) => [
    locale,
    new Set(words.flatMap((w) => [w, foldDiacritics(w)])),
  ]),
);
/** Per analyzer: its and the grouping's stop words long enough to be typed with a typo, folded. */
const typoTargets = new WeakMap<Analyzer, string[]>();

function typoTargetsOf(analyzer: Analyzer): string[] {
  let targets = typoTargets.get(analyzer);
  if (!targets) {
    const words = [...(IGNORED.get(analyzer.locale) ?? []), ...analyzer.stopWords].map(foldDiacritics);
    targets = [...new Set(words.filter((w) => w.length >= MIN_TYPO_LENGTH))];
    typoTargets.set(analyzer, targets);
  }
  return targets;
}

/** A greeting or question word (the grouping's or the search vocabulary's), also with a typo after letter one. */
function isIgnored(token: string, analyzer: Analyzer, ignored: ReadonlySet<string>): boolean {
  if (ignored.has(token) || analyzer.stopWords.has(token)) return true;
  const folded = foldDiacritics(token);
  if (token.length < MIN_TYPO_LENGTH || analyzer.lexicon.knows(folded, token)) return false;
  // The first letter must match: "roska" is not a typo of "koska".
  return typoTargetsOf(analyzer).some((w) => w[0] === folded[0] && editDistance(folded, w, 1) <= 1);
}

/**
 * The grouping key of a (redacted) question: the sorted, de-duplicated stems
 * of its words and of their compound parts — inflection, case and word order
 * fold together; greetings, thanks and question words
 * (grouping-stop-words.ts), also typed with one typo, are left out.
 */
export function questionKey(analyzer: Analyzer, text: string): string {
  const ignored = IGNORED.get(analyzer.locale) ?? new Set<string>();
  const words = analyzer.words(
    tokenize(text)
      .filter((t) => !isIgnored(t, analyzer, ignored))
      .join(' '),
  );
  // Compound parts shorter than a syllable pair ("al" of "terveysasemalla") are endings, not words.
  const parts = words.flatMap((w) => w.parts.filter((p) => p.length >= MIN_PART));
  return [...new Set([...words.map((w) => w.stem), ...parts].filter(Boolean))].sort().join(' ').slice(0, 500);
}
