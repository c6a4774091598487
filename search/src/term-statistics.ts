import { editDistance } from './edit-distance';
import { BoundedCache } from './bounded-cache';

/** Shortest term the spelling correction changes. */
const MIN_CORRECTED = 5;
/** Corrections remembered per knowledge base (a question's words mostly recur in other questions). */
export const CORRECTION_CACHE_SIZE = 20_000;

/** Document frequencies of analyzed terms in one locale's knowledge base, for weighting and spelling correction. */
export class TermStatistics {
  private readonly df = new Map<string, number>();
  private readonly byLength = new Map<number, Set<string>>();
  private docs = 0;
  /** correct()'s answers for unknown terms; a new document can change them, so it clears them. */
  private readonly corrections = new BoundedCache<string, string | null>(CORRECTION_CACHE_SIZE);

  addDocument(terms: Iterable<string>): void {
    this.docs += 1;
    this.corrections.clear();
    for (const t of new Set(terms)) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      let bucket = this.byLength.get(t.length);
      if (!bucket) this.byLength.set(t.length, (bucket = new Set()));
      bucket.add(t);
    }
  }

  /** Takes back an addDocument of the same terms (a document updated or gone): counts stay exact. */
  removeDocument(terms: Iterable<string>): void {
    this.docs -= 1;
    this.corrections.clear();
    for (const t of new Set(terms)) {
      const df = (this.df.get(t) ?? 0) - 1;
      if (df > 0) {
        this.df.set(t, df);
        continue;
      }
      this.df.delete(t);
      const bucket = this.byLength.get(t.length);
      bucket?.delete(t);
      if (bucket?.size === 0) this.byLength.delete(t.length);
    }
  }

  /** Documents counted. */
  get documents(): number {
    return this.docs;
  }

  /** Every counted term with its document frequency, in no particular order. */
  frequencies(): ReadonlyMap<string, number> {
    return this.df;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Inverse document frequency; unknown terms weigh like the rarest known ones. */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0.5;
    return Math.log(1 + (this.docs + 1) / (df + 0.5));
  }

  /**
   * The most frequent known term within one edit (two for long terms), or null.
   * Terms shorter than MIN_CORRECTED are left alone: one edit turns a short Finnish stem
   * into another real word ("pela" → "kela", "lume" → "lue", "tuli" → "tuki").
   */
  correct(term: string): string | null {
    if (this.df.has(term) || term.length < MIN_CORRECTED || /\d/.test(term)) return null;
    let corrected = this.corrections.get(term);
    if (corrected === undefined) this.corrections.set(term, (corrected = this.nearest(term)));
    return corrected;
  }

  private nearest(term: string): string | null {
    const maxEdits = term.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDf = 0;
    for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (editDistance(term, candidate, maxEdits) <= maxEdits) {
          const df = this.df.get(candidate) ?? 0;
          // Equal counts: the first in code-point order, so the answer does not depend on the order of additions.
          if (df > bestDf || (df === bestDf && best !== null && candidate < best)) {
            best = candidate;
            bestDf = df;
          }
        }
      }
    }
    return best;
  }
}
