import { documentTerms, gramTexts, textFingerprint, type SearchDocument } from './search-document';
import {
  fieldTermLists,
  gramScore,
  matchedCoverage,
  type AnalyzedFields,
  type CoverageQuery,
  type FieldTerms,
  type GramFields,
  type TermCoverage,
} from './rerank';
import { FieldTermMatcher, TermMatchScratch } from './field-term-matcher';
import { GramCounter, type GramCounts } from './gram-counts';
import { StringNumbers } from './string-numbers';
import type { GramStatistics, GramVector } from './gram-statistics';

/** The fields of a search document that the ranking reads. */
export type ScoredFields = Pick<
  SearchDocument,
  'id' | 'title' | 'body' | 'phrasings' | 's_title' | 's_phrasings' | 's_topic' | 's_body'
>;

/**
 * What the ranking derives from a candidate's texts: each analyzed field's distinct terms in order
 * (as numbers of its DocumentFeatures, see fieldTermLists) and n-gram counts.
 */
export interface CandidateFeatures {
  readonly terms: readonly Int32Array[];
  readonly grams: GramFields<GramCounts>;
}

/** A document's features as kept: term numbers per field, compact gram counts, and what they were computed from. */
interface KeptFeatures {
  readonly fingerprint: number;
  readonly terms: Int32Array[];
  readonly grams: GramFields<GramCounts>;
}

/** What a document added to the statistics, kept to take it back exactly: its grams' words and its terms. */
interface CountedDocument {
  readonly grams: GramFields<GramCounts>;
  readonly terms: Int32Array;
}

/**
 * One locale's n-gram statistics with the ranking features of every document counted in them,
 * computed when the document is indexed, so an ask scores its candidates without analysing their
 * texts. Kept compact — words and terms as numbers, each string once per locale: 4.7 KB for an
 * entry of 2 KB (measured over 10,000), one per indexed document: memory grows with the knowledge
 * base. A candidate whose texts differ from those counted (indexed with an older analyzer) gets
 * features from its own texts.
 */
export class DocumentFeatures {
  private readonly counter = new GramCounter();
  private readonly kept = new Map<string, KeptFeatures>();
  /** Per document id, what its indexed version added to the statistics. */
  private readonly counted = new Map<string, CountedDocument>();
  private readonly terms = new StringNumbers();
  private layout: Array<readonly [number, keyof AnalyzedFields]> = [];
  private readonly matchScratch = new TermMatchScratch();

  constructor(readonly stats: GramStatistics) {}

  /**
   * Counts a search document in the statistics (as GramStatistics.addDocument of its gram texts), in place
   * of the version counted before under its id, and keeps its features.
   */
  add(doc: ScoredFields & Pick<SearchDocument, 'fp'>): void {
    this.uncount(doc.id);
    const kept = this.compute(doc, doc.fp);
    this.stats.addGrams(this.counter.distinctGrams([kept.grams.short, kept.grams.long]));
    const terms = Int32Array.from(new Set(documentTerms(doc)), (term) => this.terms.number(term));
    this.counted.set(doc.id, { grams: kept.grams, terms });
    this.kept.set(doc.id, kept);
  }

  /** Forgets a document that left the index and takes its counts out of the statistics. */
  delete(id: string): void {
    this.uncount(id);
    this.kept.delete(id);
  }

  /** The analyzed terms (documentTerms) of the version of a document counted under `id`, or null. */
  countedTerms(id: string): string[] | null {
    const counted = this.counted.get(id);
    return counted ? Array.from(counted.terms, (n) => this.terms.string(n)) : null;
  }

  /** Ids of the documents counted in the statistics. */
  countedIds(): IterableIterator<string> {
    return this.counted.keys();
  }

  private uncount(id: string): void {
    const counted = this.counted.get(id);
    if (!counted) return;
    this.stats.removeGrams(this.counter.distinctGrams([counted.grams.short, counted.grams.long]));
    this.counted.delete(id);
  }

  /** The features of a candidate (kept when computed from the same texts, else computed now and kept). */
  of(hit: ScoredFields): CandidateFeatures {
    let kept = this.kept.get(hit.id);
    const fingerprint = textFingerprint(hit);
    if (!kept || kept.fingerprint !== fingerprint) {
      kept = this.compute(hit, fingerprint);
      this.kept.set(hit.id, kept);
    }
    return kept;
  }

  /**
   * The features kept for a document id if they were computed from texts with this fingerprint
   * (SearchDocument.fp), else null: a hit retrieved without its texts is scored from them.
   */
  keptFor(id: string, fp: number): CandidateFeatures | null {
    const kept = this.kept.get(id);
    return kept && kept.fingerprint === fp ? kept : null;
  }

  /**
   * Scores candidates' coverage of a query (matchedCoverage, as fieldCoverageScore of their field
   * terms): each term of the candidates is compared with the query's words once.
   */
  coverageScorer(query: CoverageQuery): (candidate: CandidateFeatures, trace?: TermCoverage[]) => number {
    if (query.terms.length === 0) return () => 0;
    const matcher = new FieldTermMatcher(query.words, this.terms, this.matchScratch);
    return (candidate, trace) => {
      const matches = matcher.match(candidate.terms);
      const width = candidate.terms.length;
      return matchedCoverage(query, (word, field) => matches[word * width + field], trace);
    };
  }

  /** A candidate's field terms as sets of strings (fieldTerms of the texts it was computed from). */
  fieldTerms(candidate: CandidateFeatures): FieldTerms {
    return candidate.terms.map((numbers, k) => {
      const [weight, field] = this.layout[k];
      return [new Set(Array.from(numbers, (n) => this.terms.string(n))), weight, field] as const;
    });
  }

  /** gramScore(query, the candidate's gram vectors), from its kept counts. */
  gramScore(query: GramVector, features: CandidateFeatures): number {
    return gramScore(query, features.grams, (q, d) => this.counter.cosine(q, d, this.stats));
  }

  /** Documents whose features are kept. */
  get size(): number {
    return this.kept.size;
  }

  /** A document's features; `fingerprint`: textFingerprint(doc). */
  private compute(doc: ScoredFields, fingerprint: number): KeptFeatures {
    const { short, long } = gramTexts(doc);
    const grams = {
      short: this.counter.compact(this.stats.words(short)),
      long: this.counter.compact(this.stats.words(long)),
    };
    const lists = fieldTermLists(doc);
    this.layout = lists.map(([, weight, field]) => [weight, field] as const);
    const terms = lists.map(([list]) => Int32Array.from(list, (term) => this.terms.number(term)));
    return { fingerprint, terms, grams };
  }
}
