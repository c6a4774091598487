import { gramTexts, textFingerprint, type SearchDocument } from './search-document';
import { BoundedCache } from './bounded-cache';
import { fieldTermLists, gramScore, type AnalyzedFields, type FieldTerms, type GramFields } from './rerank';
import { GramCounter, StringNumbers, type GramCounts } from './gram-counts';
import type { GramStatistics, GramVector } from './gram-statistics';

/** The fields of a search document that the ranking reads. */
export type ScoredFields = Pick<
  SearchDocument,
  'id' | 'title' | 'body' | 'phrasings' | 's_title' | 's_phrasings' | 's_topic' | 's_body'
>;

/** Candidates whose field term sets are kept: ~10 KB each for an entry of 2 KB. */
const FIELD_SETS_KEPT = 2_000;

/** What the ranking derives from a candidate's texts: field terms and n-gram counts. */
export interface CandidateFeatures {
  readonly fields: FieldTerms;
  readonly grams: GramFields<GramCounts>;
}

/** A document's features as kept: term numbers per field, compact gram counts, and what they were computed from. */
interface KeptFeatures {
  readonly fingerprint: number;
  readonly terms: Int32Array[];
  readonly grams: GramFields<GramCounts>;
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
  private readonly terms = new StringNumbers();
  private layout: Array<readonly [number, keyof AnalyzedFields]> = [];
  /** Field term sets of recent candidates (a common word's documents come up in many asks). */
  private readonly fieldSets = new BoundedCache<KeptFeatures, FieldTerms>(FIELD_SETS_KEPT);

  constructor(readonly stats: GramStatistics) {}

  /** Counts a search document in the statistics (as GramStatistics.addDocument) and keeps its features. */
  add(doc: ScoredFields & Pick<SearchDocument, 'fp'>): void {
    const texts = gramTexts(doc);
    this.stats.addDocument(`${texts.short}\n${texts.long}`);
    this.kept.set(doc.id, this.compute(doc, doc.fp, texts));
  }

  /** Forgets a document that left the index (its counts stay in the statistics, as before). */
  delete(id: string): void {
    this.kept.delete(id);
  }

  /** The features of a candidate (kept when computed from the same texts, else computed now and kept). */
  of(hit: ScoredFields): CandidateFeatures {
    let kept = this.kept.get(hit.id);
    const fingerprint = textFingerprint(hit);
    if (!kept || kept.fingerprint !== fingerprint) {
      kept = this.compute(hit, fingerprint);
      this.kept.set(hit.id, kept);
    }
    return this.features(kept);
  }

  /**
   * The features kept for a document id if they were computed from texts with this fingerprint
   * (SearchDocument.fp), else null: a hit retrieved without its texts is scored from them.
   */
  keptFor(id: string, fp: number): CandidateFeatures | null {
    const kept = this.kept.get(id);
    return kept && kept.fingerprint === fp ? this.features(kept) : null;
  }

  /** gramScore(query, the candidate's gram vectors), from its kept counts. */
  gramScore(query: GramVector, features: CandidateFeatures): number {
    return gramScore(query, features.grams, (q, d) => this.counter.cosine(q, d, this.stats));
  }

  /** Documents whose features are kept. */
  get size(): number {
    return this.kept.size;
  }

  /** A document's features; `fingerprint`: textFingerprint(doc); `texts`: gramTexts(doc), when known. */
  private compute(doc: ScoredFields, fingerprint: number, texts = gramTexts(doc)): KeptFeatures {
    const { short, long } = texts;
    const grams = {
      short: this.counter.compact(this.stats.words(short)),
      long: this.counter.compact(this.stats.words(long)),
    };
    const lists = fieldTermLists(doc);
    this.layout = lists.map(([, weight, field]) => [weight, field] as const);
    const terms = lists.map(([list]) => Int32Array.from(list, (term) => this.terms.number(term)));
    return { fingerprint, terms, grams };
  }

  private features(kept: KeptFeatures): CandidateFeatures {
    let fields = this.fieldSets.get(kept);
    if (!fields) {
      fields = kept.terms.map((numbers, k) => {
        const [weight, field] = this.layout[k];
        return [new Set(Array.from(numbers, (n) => this.terms.string(n))), weight, field] as const;
      });
      this.fieldSets.set(kept, fields);
    }
    return { fields, grams: kept.grams };
  }
}
