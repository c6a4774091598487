import {
  createAnalyzer,
  editDistance,
  foldDiacritics,
  tokenize,
  type Analyzer,
  type SearchLocale,
} from '@botkb/search';
import { withoutPlaceholders } from '@botkb/contract';
import { GROUPING_STOP_WORDS } from './grouping-stop-words';

/** Shortest word that may be a typo of a stop word ("mstä", "okno"); shorter ones are too ambiguous. */
const MIN_TYPO_LENGTH = 4;

interface GroupingAnalyzer {
  analyzer: Analyzer;
  /** The grouping's stop words long enough to be typed with a typo, folded. */
  typoTargets: string[];
}

/**
 * Per locale, the grouping's own analyzer: the search analyzer's stemmer,
 * but only the grouping's stop words and no knowledge-base lexicon, so what
 * the content team edits (search stop words, texts, synonyms) never moves a key.
 */
const groupingAnalyzers = new Map<SearchLocale, GroupingAnalyzer>();

function groupingAnalyzerOf(locale: SearchLocale): GroupingAnalyzer {
  let grouping = groupingAnalyzers.get(locale);
  if (!grouping) {
    const stopWords = GROUPING_STOP_WORDS[locale];
    const folded = stopWords.map(foldDiacritics).filter((w) => w.length >= MIN_TYPO_LENGTH);
    grouping = { analyzer: createAnalyzer({ locale, stopWords }), typoTargets: [...new Set(folded)] };
    groupingAnalyzers.set(locale, grouping);
  }
  return grouping;
}

/**
 * A greeting, filler or question word typed with a typo after the first letter ("msisä", "okno"; "roska"
 * is not "koska"). A longer word that starts with the stop word is an inflected word ("kukat" is not "kuka").
 */
function isTypoOfStopWord(token: string, typoTargets: readonly string[]): boolean {
  if (token.length < MIN_TYPO_LENGTH) return false;
  const folded = foldDiacritics(token);
  const typoOf = (w: string) => w[0] === folded[0] && !folded.startsWith(w) && editDistance(folded, w, 1) <= 1;
  return typoTargets.some(typoOf);
}

/**
 * Swedish definite endings the Snowball stemmer keeps: neuter "-et" ("passet" → "pass", "skattekortet" → "-kort")
 * and "-an" of a noun ending in "-a" ("skolan" → "skol", as "skola"; "ansökan" → "ansök").
 */
const SWEDISH_DEFINITE = /(?<=[^aeiouyåäö])(et|an)$/;
/** Shortest stem the definite ending is taken from: "paket" and "budget" keep theirs. */
const MIN_DEFINITE_STEM = 6;

/** The grouping's stem of a word: the search stemmer's, in Swedish without a definite ending it keeps. */
function groupingStem(locale: SearchLocale, stem: string): string {
  if (locale !== 'sv' || stem.length < MIN_DEFINITE_STEM) return stem;
  return stem.replace(SWEDISH_DEFINITE, '');
}

/**
 * The grouping key of a (redacted) question: the sorted, de-duplicated stems
 * of its words — inflection, case and word order fold together; greetings,
 * thanks, fillers and question words (grouping-stop-words.ts), also typed
 * with one typo, and redaction placeholders ([PUHELIN]) are left out. Only the locale of `search` is used: the key
 * depends on the grouping's own word list, never on the search vocabulary.
 */
export function questionKey(search: Pick<Analyzer, 'locale'>, text: string): string {
  const { analyzer, typoTargets } = groupingAnalyzerOf(search.locale);
  const tokens = tokenize(withoutPlaceholders(text)).filter(
    (t) => !analyzer.stopWords.has(t) && !isTypoOfStopWord(t, typoTargets),
  );
  const stems = analyzer.words(tokens.join(' ')).map((w) => groupingStem(search.locale, w.stem));
  return [...new Set(stems.filter(Boolean))].sort().join(' ').slice(0, 500);
}
