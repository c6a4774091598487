import type { TermStatistics } from './term-statistics';
import { editDistance } from './edit-distance';
import { foldDiacritics } from './fold-diacritics';
import { gramCosine, type GramVector } from './gram-statistics';

export interface AnalyzedFields {
  s_title: string;
  s_phrasings: string[];
  s_topic: string;
  s_body: string;
}

const FIELD_WEIGHTS: Array<[keyof AnalyzedFields, number]> = [
  ['s_phrasings', 1],
  ['s_title', 1],
  ['s_topic', 0.6],
  ['s_body', 0.55],
];

/** A document's analyzed fields as sets of folded terms, each with its weight: what coverage is scored on. */
export type FieldTerms = ReadonlyArray<readonly [ReadonlySet<string>, number, keyof AnalyzedFields]>;

export function fieldTerms(doc: AnalyzedFields): FieldTerms {
  return fieldTermLists(doc).map(([terms, weight, field]) => [new Set(terms), weight, field] as const);
}

/** fieldTerms as lists (each term once, in order): the same sets, made from lists kept compact. */
export function fieldTermLists(doc: AnalyzedFields): Array<readonly [string[], number, keyof AnalyzedFields]> {
  return FIELD_WEIGHTS.map(([field, weight]) => {
    const value = doc[field];
    const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
    // Folded like Meilisearch does, so "daligt" matches "dåligt".
    return [[...new Set(foldDiacritics(text).split(' ').filter(Boolean))], weight, field] as const;
  });
}

/** How one query term counted in a coverage score (see coverageScore's `trace`). */
export interface TermCoverage {
  term: string;
  /** The term's share of the question (IDF weight, normalized to sum to 1). */
  weight: number;
  /** 0–1: 1 in a phrasing or the title, less in the topic or body, or for a prefix or typo match. */
  match: number;
  /** The field of the best match and the word (the term or one of its synonyms) that matched. */
  field: keyof AnalyzedFields | null;
  variant: string | null;
}

/**
 * How much longer one of two stems may be than the other and still count as the same
 * word inflected differently ("terveystieto" / "terveystiedot"). Beyond that the shorter
 * is the head of another compound ("kaupungin" is not "kaupunginjohtaja").
 */
const MAX_PREFIX_EXTRA = 3;

/**
 * How a field's term `t` matches a query term it is not equal to: 0.85 the same word inflected
 * (one a prefix of the other, both of 5+ letters), 0.8 one typo apart, else 0.
 */
export function nearTermMatch(term: string, t: string): number {
  const inflected = Math.abs(t.length - term.length) <= MAX_PREFIX_EXTRA;
  if (t.length >= 5 && inflected && (t.startsWith(term) || term.startsWith(t))) return 0.85;
  if (editDistance(t, term, 1) <= 1) return 0.8;
  return 0;
}

/** Query terms shorter than this match only exactly. */
export const NEAR_MATCH_MIN_LENGTH = 5;

/**
 * How a (folded) query term matches a field's terms: 1 when the field has it, else the near match
 * (nearTermMatch) of the field's first term, in the set's order, that matches at all.
 */
export function termMatch(term: string, terms: ReadonlySet<string>): number {
  if (terms.has(term)) return 1;
  if (term.length < NEAR_MATCH_MIN_LENGTH) return 0;
  for (const t of terms) {
    const match = nearTermMatch(term, t);
    if (match > 0) return match;
  }
  return 0;
}

/**
 * Confidence that a document answers a query: the IDF-weighted share of the
 * query's terms (or their synonyms) found in the document, a term in a
 * phrasing or the title counting fully and one only in the body about half.
 * In [0, 1]; comparable across queries, unlike Meilisearch's ranking score.
 * With `trace`, also appends how each term counted.
 */
export function coverageScore(
  queryTerms: string[],
  doc: AnalyzedFields,
  stats: TermStatistics,
  synonyms: ReadonlyMap<string, string[]>,
  trace?: TermCoverage[],
): number {
  return fieldCoverageScore(queryTerms, fieldTerms(doc), stats, synonyms, trace);
}

/** coverageScore of a document whose field terms were computed before (fieldTerms), e.g. kept per document. */
export function fieldCoverageScore(
  queryTerms: string[],
  fields: FieldTerms,
  stats: TermStatistics,
  synonyms: ReadonlyMap<string, string[]>,
  trace?: TermCoverage[],
): number {
  const query = coverageQuery(queryTerms, stats, synonyms);
  return matchedCoverage(query, (word, field) => termMatch(query.words[word], fields[field][0]), trace);
}

/** A question's terms prepared for coverage scores (coverageQuery): computed once, scored against each candidate. */
export interface CoverageQuery {
  readonly terms: ReadonlyArray<{
    readonly term: string;
    /** IDF weight (not normalized). */
    readonly weight: number;
    /** The term and its synonyms, each with the index of its folded form in `words`. */
    readonly variants: ReadonlyArray<readonly [variant: string, word: number]>;
  }>;
  /** The distinct folded variants of all terms: what is looked up in a document's fields. */
  readonly words: readonly string[];
}

export function coverageQuery(
  queryTerms: string[],
  stats: TermStatistics,
  synonyms: ReadonlyMap<string, string[]>,
): CoverageQuery {
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const terms = queryTerms.map((term) => {
    // A word the knowledge base never uses weighs like its rarest words, so an
    // off-topic question scores low — unless it is short: short unknown words are
    // mostly colloquial fillers ("voiks", "mun", "kipee"), not topics.
    const weight = stats.idf(term) * (stats.has(term) || term.length > 5 ? 1 : 0.3);
    const variants = [term, ...(synonyms.get(term) ?? [])].map((variant) => {
      // Folded like Meilisearch does, so "daligt" matches "dåligt".
      const folded = foldDiacritics(variant);
      let word = wordIndex.get(folded);
      if (word === undefined) {
        word = words.push(folded) - 1;
        wordIndex.set(folded, word);
      }
      return [variant, word] as const;
    });
    return { term, weight, variants };
  });
  return { terms, words };
}

/**
 * termMatch(query.words[word], the document's field number `field`, in FIELD_WEIGHTS' order): how a
 * coverage score looks its query's words up in one document.
 */
export type WordMatch = (word: number, field: number) => number;

/** The coverage score (see coverageScore) of the document whose fields `match` looks words up in. */
export function matchedCoverage(query: CoverageQuery, match: WordMatch, trace?: TermCoverage[]): number {
  if (query.terms.length === 0) return 0;
  let total = 0;
  let found = 0;
  for (const { term, weight, variants } of query.terms) {
    total += weight;
    let best = 0;
    let bestField: keyof AnalyzedFields | null = null;
    let bestVariant: string | null = null;
    for (const [variant, word] of variants) {
      for (let k = 0; k < FIELD_WEIGHTS.length; k++) {
        const [field, fieldWeight] = FIELD_WEIGHTS[k];
        const value = fieldWeight * match(word, k);
        if (value > best) {
          best = value;
          bestField = field;
          bestVariant = variant;
        }
      }
    }
    found += weight * best;
    trace?.push({ term, weight, match: best, field: bestField, variant: bestVariant });
  }
  if (trace) for (const t of trace.slice(-query.terms.length)) t.weight /= total;
  return found / total;
}

/** A document's gram vectors (or another form of its n-grams): title with phrasings, and body. */
export interface GramFields<D = GramVector> {
  short: D;
  long: D;
}

/** How much a body match counts against a title/phrasing match. */
const GRAM_BODY_WEIGHT = 0.6;
/** Share of the term coverage in the relevance; the rest is n-gram similarity. */
const COVERAGE_WEIGHT = 0.4;

/** N-gram similarity of a query to a document: the better of its title/phrasings and (discounted) its body. */
export function gramScore(query: GramVector, doc: GramFields): number;
/** gramScore of a document whose n-grams are kept in another form, with the cosine for that form. */
export function gramScore<D>(query: GramVector, doc: GramFields<D>, cosine: (q: GramVector, d: D) => number): number;
export function gramScore<D>(
  query: GramVector,
  doc: GramFields<D>,
  cosine: (q: GramVector, d: D) => number = gramCosine as (q: GramVector, d: unknown) => number,
): number {
  return Math.max(cosine(query, doc.short), GRAM_BODY_WEIGHT * cosine(query, doc.long));
}

/**
 * Relevance of a document to a question, in [0, 1]: term coverage (stems,
 * compound parts, synonyms, typo-corrected) blended with character n-gram
 * similarity, which catches the inflected, colloquial and misspelled forms
 * that stemming misses. This is the confidence the answer threshold applies to.
 */
export function relevanceScore(coverage: number, gram: number): number {
  return COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * gram;
}
