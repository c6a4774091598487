import { NEAR_MATCH_MIN_LENGTH, nearTermMatch } from './rerank';
import type { StringNumbers } from './string-numbers';

/**
 * Per term number, what a FieldTermMatcher found out about the term: kept by one matcher at a
 * time and reused by the next (one per DocumentFeatures), so an ask allocates nothing per term.
 */
export class TermMatchScratch {
  /** The generation in which a term number's `row` was set: other numbers are not looked at yet. */
  stamp = new Uint32Array(0);
  /** Per term number, its row of matches (FieldTermMatcher) or -1: it matches none of the words. */
  row = new Int32Array(0);
  generation = 0;
  owner: FieldTermMatcher | null = null;
}

/**
 * termMatch of a few query words against documents' fields given as term numbers (each field's
 * distinct terms in order, numbered by `numbers`), with the same results: 1 when the field has the
 * word, else the near match of the field's first term that matches. Each term is compared with the
 * words once however many candidates have it; a field is then scanned once for all words.
 */
export class FieldTermMatcher {
  /** Each word's term number, or -1: no field numbered so far has it. */
  private readonly exact: Int32Array;
  /** How many terms were numbered when `exact` was looked up. */
  private numbered: number;
  /** Rows of matches, `words.length` each: per word 1 (the term), a near match or 0. */
  private rows: Float64Array[] = [];

  constructor(
    private readonly words: readonly string[],
    private readonly numbers: StringNumbers,
    private readonly scratch: TermMatchScratch,
  ) {
    this.exact = Int32Array.from(words, (w) => numbers.get(w) ?? -1);
    this.numbered = numbers.size;
  }

  /** termMatch(word, field) of every word and field: `words.length` × `fields.length`, word by word. */
  match(fields: readonly Int32Array[]): Float64Array {
    const { stamp, row } = this.claim();
    const generation = this.scratch.generation;
    const width = fields.length;
    const out = new Float64Array(this.words.length * width);
    for (let f = 0; f < width; f++) {
      const terms = fields[f];
      for (let i = 0; i < terms.length; i++) {
        const n = terms[i];
        if (stamp[n] !== generation) {
          stamp[n] = generation;
          row[n] = this.rowOf(n);
        }
        if (row[n] < 0) continue;
        const matches = this.rows[row[n]];
        for (let w = 0; w < matches.length; w++) {
          const m = matches[w];
          // The word itself wins wherever it is; otherwise the first term that matches.
          if (m === 1 || (m > 0 && out[w * width + f] === 0)) out[w * width + f] = m;
        }
      }
    }
    return out;
  }

  /** The scratch space, for this matcher's generation (a matcher used in between starts a new one). */
  private claim(): TermMatchScratch {
    if (this.numbered !== this.numbers.size) {
      // Terms numbered since (a candidate's own texts): a word may have got its number. Terms seen
      // before are none of them, so what was found out about those stands.
      this.words.forEach((w, k) => (this.exact[k] = this.numbers.get(w) ?? -1));
      this.numbered = this.numbers.size;
    }
    const s = this.scratch;
    if (s.owner !== this) {
      s.owner = this;
      s.generation = (s.generation + 1) >>> 0;
      if (s.generation === 0) {
        s.stamp.fill(0);
        s.generation = 1;
      }
      this.rows = [];
    }
    if (s.stamp.length < this.numbers.size) {
      const size = this.numbers.size * 2;
      const stamp = new Uint32Array(size);
      stamp.set(s.stamp);
      const row = new Int32Array(size);
      row.set(s.row);
      s.stamp = stamp;
      s.row = row;
    }
    return s;
  }

  /** The index of a new row with the term's match of each word, or -1 when it matches none. */
  private rowOf(n: number): number {
    const t = this.numbers.string(n);
    let matches: Float64Array | null = null;
    for (let w = 0; w < this.words.length; w++) {
      const word = this.words[w];
      const m = n === this.exact[w] ? 1 : word.length < NEAR_MATCH_MIN_LENGTH ? 0 : nearTermMatch(word, t);
      if (m === 0) continue;
      matches ??= new Float64Array(this.words.length);
      matches[w] = m;
    }
    if (!matches) return -1;
    return this.rows.push(matches) - 1;
  }
}
