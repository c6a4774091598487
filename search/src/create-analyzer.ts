import { newStemmer } from 'snowball-stemmers';
import { foldDiacritics, tokenize } from './fold-diacritics';
import { Lexicon } from './lexicon';
import { splitCompound } from './split-compound';
import { finnishStemKey } from './finnish-stem-key';
import { BoundedCache } from './bounded-cache';
import type { SearchLocale } from './locales';

const FINNISH_NEGATION = /^(?:en|et|ei|emme|ette|eiv[äa]t)(?:k[äa]|k[öo]|h[äa]n|p[äa])?$/;

const NO_PARTS: readonly string[] = [];
/** Words whose analysis each analyzer remembers (questions repeat words far more than they repeat). */
export const WORD_CACHE_SIZE = 20_000;

const STEMMER_LANGUAGE: Record<SearchLocale, string> = { fi: 'finnish', sv: 'swedish' };

/**
 * How the analyzer read one word of a query: a stop word or a single letter (dropped),
 * a word searched as its stem, or an unknown compound searched as its parts' stems.
 */
export interface QueryWordTrace {
  word: string;
  how: 'stop' | 'short' | 'stem' | 'compound';
  /** The terms the word became (none for stop words and single letters). */
  terms: string[];
}

export interface Analyzer {
  readonly locale: SearchLocale;
  readonly lexicon: Lexicon;
  readonly stopWords: ReadonlySet<string>;
  /** Index terms of `text`: for each non-stop word its stem and the stems of its compound parts. */
  terms(text: string): string[];
  /**
   * Query terms: a word the knowledge base knows is searched as its stem; an
   * unknown compound is searched as its parts ("hammaslääkärille" when only
   * "hammas…" and "lääkäri" occur), so the query has one term per idea.
   * With `trace`, also appends how each word (stop words included) was read.
   */
  queryTerms(text: string, trace?: QueryWordTrace[]): string[];
  analyzeQuery(text: string): string;
  /** Per non-stop word: its stem and the stems of its compound parts. */
  words(text: string): Array<{ stem: string; parts: string[] }>;
  /** `terms(text)` joined by spaces: what is indexed beside the original, and what is searched. */
  analyze(text: string): string;
  stem(word: string): string;
  /**
   * The lexicon's word forms whose compound split changed since the last call (at the first call: every
   * form that splits): documents using them are analyzed otherwise now.
   */
  changedSplits(): string[];
}

export interface AnalyzerOptions {
  locale: SearchLocale;
  stopWords?: Iterable<string>;
  /** Texts whose words make up the compound-splitting lexicon (the knowledge base itself). */
  lexiconTexts?: Iterable<string>;
}

/**
 * Finnish/Swedish text analysis for Meilisearch, which neither stems nor
 * decompounds these languages: Snowball stems plus dictionary-based
 * decompounding, applied identically to documents and queries.
 */
export function createAnalyzer(opts: AnalyzerOptions): Analyzer {
  const stemmer = newStemmer(STEMMER_LANGUAGE[opts.locale]);
  // Finnish forms the Snowball stemmer leaves apart (consonant gradation, -us/-uks- …) share one key.
  const normalize = opts.locale === 'fi' ? finnishStemKey : (s: string) => s;
  // The Finnish negation verb inflects for person and takes clitics ("en", "eivät",
  // "eikä", "eihän"); all of them mean "ei", so "eikä herää" matches "ei herää".
  const negation = opts.locale === 'fi' ? FINNISH_NEGATION : null;
  const cache = new Map<string, string>();
  const stem = (word: string): string => {
    let s = cache.get(word);
    if (s === undefined) {
      s = /\d/.test(word) ? word : negation?.test(word) ? 'ei' : normalize(stemmer.stem(word));
      if (cache.size > 50_000) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
  const stopWords = new Set<string>();
  for (const w of opts.stopWords ?? [])
    for (const t of tokenize(w)) {
      stopWords.add(t);
      stopWords.add(foldDiacritics(t));
    }
  const lexicon = new Lexicon(stem);
  for (const text of opts.lexiconTexts ?? []) lexicon.addText(text, stopWords);

  /** Tokens that carry meaning: no stop words, no single letters (digits stay: "112"). */
  const isContent = (token: string) => !stopWords.has(token) && (token.length >= 2 || /\d/.test(token));
  const contentTokens = (text: string) => tokenize(text).filter(isContent);
  const parts = (token: string) => splitCompound(token, lexicon).filter((p) => !stopWords.has(p));
  // Per content token, both readings: as a document word (stem and compound parts) and as a query word.
  type TokenReading = { word: { stem: string; parts: string[] }; query: Omit<QueryWordTrace, 'word'> };
  const readings = new BoundedCache<string, TokenReading>(WORD_CACHE_SIZE);
  let readingsRevision = lexicon.revision;
  const read = (token: string): TokenReading => {
    // The sync worker adds new content's words to the lexicon: compound splits may change.
    if (lexicon.revision !== readingsRevision) {
      readings.clear();
      readingsRevision = lexicon.revision;
    }
    let reading = readings.get(token);
    if (reading) return reading;
    const tokenParts = parts(token);
    const word = { stem: stem(token), parts: tokenParts.map(stem) };
    const split = lexicon.knows(foldDiacritics(token), token) ? NO_PARTS : tokenParts;
    const query =
      split.length > 1 ? { how: 'compound' as const, terms: word.parts } : { how: 'stem' as const, terms: [word.stem] };
    reading = { word, query };
    readings.set(token, reading);
    return reading;
  };
  const words = (text: string) =>
    contentTokens(text).map((token) => {
      const { word } = read(token);
      return { stem: word.stem, parts: [...word.parts] };
    });
  const terms = (text: string): string[] => {
    const out = new Set<string>();
    for (const token of contentTokens(text)) {
      const { word } = read(token);
      out.add(word.stem);
      for (const part of word.parts) out.add(part);
    }
    return [...out];
  };
  const queryTerms = (text: string, trace?: QueryWordTrace[]): string[] => {
    const out = new Set<string>();
    for (const token of tokenize(text)) {
      if (!isContent(token)) {
        trace?.push({ word: token, how: stopWords.has(token) ? 'stop' : 'short', terms: [] });
        continue;
      }
      const { how, terms: wordTerms } = read(token).query;
      for (const term of wordTerms) out.add(term);
      trace?.push({ word: token, how, terms: [...wordTerms] });
    }
    return [...out];
  };
  /** Each word form's split as changedSplits last saw it (joined by spaces; "" when it does not split). */
  const splits = new Map<string, string>();
  const changedSplits = (): string[] => {
    const changed: string[] = [];
    const inUse = new Set<string>();
    for (const form of lexicon.formsInUse()) {
      inUse.add(form);
      const split = splitCompound(form, lexicon).join(' ');
      if ((splits.get(form) ?? '') === split) continue;
      changed.push(form);
      if (split) splits.set(form, split);
      else splits.delete(form);
    }
    for (const form of splits.keys()) if (!inUse.has(form)) splits.delete(form);
    return changed;
  };
  return {
    locale: opts.locale,
    changedSplits,
    lexicon,
    stopWords,
    terms,
    words,
    stem,
    queryTerms,
    analyze: (text) => terms(text).join(' '),
    analyzeQuery: (text) => queryTerms(text).join(' '),
  };
}
