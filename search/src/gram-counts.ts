import { gramWeight, wordGrams, type GramStatistics, type GramVector } from './gram-statistics';
import { StringNumbers } from './string-numbers';

/**
 * A text's n-grams, compact: its words (numbers, see GramCounter) in order of first occurrence and
 * how often each occurs, ~6 bytes a distinct word (about 1 KB for a 2 KB text) instead of a map
 * of ~1,800 grams (~100 KB). Counts do not depend on the statistics: they stay valid as
 * documents come and go.
 */
export interface GramCounts {
  readonly words: Int32Array;
  readonly counts: Uint16Array | Uint32Array;
}

/** What the cosine needs of a text besides the query's grams: its vector's norm and length. */
interface GramShape {
  readonly norm: number;
  readonly distinct: number;
}

/** The query's bit set's last index (see GramCounter.queryBits): 1,024 × 32 bits. */
const QUERY_BITS_MASK = 1023;

/**
 * Compact n-gram counts of one locale's texts, and their cosine to a query's gram vector computed
 * exactly as gramCosine(query, stats.vector(text)) does (same weights, same order of additions)
 * without building the text's vector. Words and grams are numbered once (their strings kept once);
 * each gram's IDF is kept by number until the statistics change.
 */
export class GramCounter {
  private readonly words = new StringNumbers();
  /**
   * Each word's gram numbers, in order, repeats included: word w's are `wordGrams[gramStart[w]]` up to
   * `wordGrams[gramStart[w + 1]]`, all words' in one array (an ask walks thousands of candidate words;
   * one array per word cost a cache miss or two each).
   */
  private wordGrams = new Int32Array(1024);
  private gramStart = new Int32Array(1024);
  private readonly grams = new StringNumbers();
  private idfOf = new Float64Array(0);
  private idfStats: GramStatistics | null = null;
  private idfRevision = -1;
  /** Scratch space of `expand`: a count per gram number, all zero between calls. */
  private scratch = new Uint32Array(0);
  /** Scratch space of `cosine`: a query gram's position + 1 per gram number, all zero between calls. */
  private position = new Int32Array(0);
  /**
   * The query's gram numbers hashed into 32,768 bits (4 KB, in the CPU's nearest cache), set with
   * `position`: most grams of the candidates' words are not the query's, and `position` spans every
   * gram of the knowledge base.
   */
  private readonly queryBits = new Uint32Array(QUERY_BITS_MASK + 1);
  /** Each text's norm and distinct grams under the IDFs kept (idfOf); renewed with them. */
  private shapes = new WeakMap<GramCounts, GramShape>();
  /**
   * The last query's gram numbers (-1: a gram no text has) with scratch counts, all zero between
   * calls: an ask scores every candidate against the same query. Renewed when grams were numbered since.
   */
  private query: { vector: GramVector; numbered: number; ids: Int32Array; counts: Uint32Array } | null = null;
  /**
   * Per word number, the query positions of its grams (repeats included, the others left out):
   * `hits` from `wordFrom` to `wordTo`, known for the words whose `wordSeen` is the query's
   * generation. The words of an ask's candidates are looked at once per query, not once per candidate.
   */
  private wordSeen = new Uint32Array(0);
  private wordFrom = new Int32Array(0);
  private wordTo = new Int32Array(0);
  private hits = new Int32Array(1024);
  private hitCount = 0;
  private queryGeneration = 0;

  /** The compact form of a text's words (GramStatistics.words). */
  compact(words: ReadonlyMap<string, number>): GramCounts {
    const numbers = new Int32Array(words.size);
    const wide = [...words.values()].some((c) => c > 0xffff);
    const counts = wide ? new Uint32Array(words.size) : new Uint16Array(words.size);
    let k = 0;
    for (const [word, times] of words) {
      numbers[k] = this.wordNumber(word);
      counts[k++] = times;
    }
    return { words: numbers, counts };
  }

  /** The distinct grams of texts' compact counts: what GramStatistics counts of the texts joined. */
  distinctGrams(texts: readonly GramCounts[]): Set<string> {
    const grams = new Set<string>();
    for (const { words } of texts)
      for (const word of words)
        for (let g = this.gramStart[word], to = this.gramStart[word + 1]; g < to; g++)
          grams.add(this.grams.string(this.wordGrams[g]));
    return grams;
  }

  /** gramCosine(query, stats.vector(text)), where `text` is the one `doc` was counted from. */
  cosine(query: GramVector, doc: GramCounts, stats: GramStatistics): number {
    const { norm, distinct } = this.shape(doc, stats);
    if (query.norm === 0 || norm === 0) return 0;
    const dot = query.weights.size <= distinct ? this.queryOrderDot(query, doc) : this.textOrderDot(query, doc, stats);
    return dot / (query.norm * norm);
  }

  /**
   * The dot product in the query's order, as gramCosine iterates the smaller vector: only the
   * counts of the query's grams are summed from the text's words (the text's norm is kept).
   */
  private queryOrderDot(query: GramVector, doc: GramCounts): number {
    this.ensureScratch();
    const { ids, counts } = this.queryGrams(query);
    for (let k = 0; k < ids.length; k++)
      if (ids[k] >= 0) {
        this.position[ids[k]] = k + 1;
        this.queryBits[(ids[k] >>> 5) & QUERY_BITS_MASK] |= 1 << (ids[k] & 31);
      }
    this.ensureWordScratch();
    const generation = this.queryGeneration;
    for (let w = 0; w < doc.words.length; w++) {
      const word = doc.words[w];
      if (this.wordSeen[word] !== generation) this.lookAt(word, generation);
      const times = doc.counts[w];
      for (let h = this.wordFrom[word], to = this.wordTo[word]; h < to; h++) counts[this.hits[h]] += times;
    }
    for (const id of ids)
      if (id >= 0) {
        this.position[id] = 0;
        this.queryBits[(id >>> 5) & QUERY_BITS_MASK] = 0;
      }
    let dot = 0;
    let k = 0;
    for (const w of query.weights.values()) {
      if (counts[k] !== 0) dot += w * gramWeight(counts[k], this.idf(ids[k]));
      counts[k++] = 0;
    }
    return dot;
  }

  /** The query's gram numbers in its order, and zeroed counts for them (see `query`). */
  private queryGrams(query: GramVector): { ids: Int32Array; counts: Uint32Array } {
    const kept = this.query;
    if (kept && kept.vector === query && kept.numbered === this.grams.size) return kept;
    const ids = new Int32Array(query.weights.size);
    let k = 0;
    for (const gram of query.weights.keys()) ids[k++] = this.grams.get(gram) ?? -1;
    this.query = { vector: query, numbered: this.grams.size, ids, counts: new Uint32Array(ids.length) };
    this.hitCount = 0;
    this.queryGeneration = (this.queryGeneration + 1) >>> 0;
    if (this.queryGeneration === 0) {
      this.wordSeen.fill(0);
      this.queryGeneration = 1;
    }
    return this.query;
  }

  /** The dot product in the text's order (a text with fewer grams than the query). */
  private textOrderDot(query: GramVector, doc: GramCounts, stats: GramStatistics): number {
    const { grams, weights } = this.weights(doc, stats);
    let dot = 0;
    for (let i = 0; i < grams.length; i++) {
      const v = query.weights.get(this.grams.string(grams[i]));
      if (v !== undefined) dot += weights[i] * v;
    }
    return dot;
  }

  /** A text's vector norm and number of distinct grams, kept until the statistics change. */
  private shape(doc: GramCounts, stats: GramStatistics): GramShape {
    this.syncIdf(stats);
    let shape = this.shapes.get(doc);
    if (!shape) {
      // As the sum over this.weights(doc, stats), in its order, without keeping the weights.
      const grams = this.expand(doc);
      let sum = 0;
      for (const id of grams) {
        const w = gramWeight(this.scratch[id], this.idf(id));
        sum += w * w;
        this.scratch[id] = 0;
      }
      shape = { norm: Math.sqrt(sum), distinct: grams.length };
      this.shapes.set(doc, shape);
    }
    return shape;
  }

  /** Forgets IDFs and norms when the statistics are others or have changed. */
  private syncIdf(stats: GramStatistics): void {
    if (stats === this.idfStats && stats.revision === this.idfRevision) return;
    this.idfOf = new Float64Array(this.grams.size).fill(Number.NaN);
    this.idfStats = stats;
    this.idfRevision = stats.revision;
    this.shapes = new WeakMap();
  }

  /** A gram's IDF in the statistics last synced (syncIdf), kept by gram number. */
  private idf(id: number): number {
    let idf = id < this.idfOf.length ? this.idfOf[id] : Number.NaN;
    if (Number.isNaN(idf)) {
      idf = (this.idfStats as GramStatistics).idf(this.grams.string(id));
      if (id < this.idfOf.length) this.idfOf[id] = idf;
    }
    return idf;
  }

  /** The text's grams and TF-IDF weights, as GramStatistics.vector computes them, in the same order. */
  private weights(doc: GramCounts, stats: GramStatistics): { grams: number[]; weights: Float64Array } {
    this.syncIdf(stats);
    const grams = this.expand(doc);
    const weights = new Float64Array(grams.length);
    for (let i = 0; i < grams.length; i++) weights[i] = gramWeight(this.scratch[grams[i]], this.idf(grams[i]));
    for (const id of grams) this.scratch[id] = 0;
    return { grams, weights };
  }

  /** The text's gram numbers in order of first occurrence; their counts are left in `scratch`. */
  private expand(doc: GramCounts): number[] {
    this.ensureScratch();
    const order: number[] = [];
    for (let k = 0; k < doc.words.length; k++) {
      const times = doc.counts[k];
      const word = doc.words[k];
      for (let g = this.gramStart[word], to = this.gramStart[word + 1]; g < to; g++) {
        const id = this.wordGrams[g];
        if (this.scratch[id] === 0) order.push(id);
        this.scratch[id] += times;
      }
    }
    return order;
  }

  /** Scratch space for every gram numbered so far. */
  private ensureScratch(): void {
    if (this.scratch.length >= this.grams.size) return;
    this.scratch = new Uint32Array(this.grams.size * 2);
    this.position = new Int32Array(this.grams.size * 2);
  }

  /** Notes the query positions of a word's grams (see `hits`); the query's grams are in `position`. */
  private lookAt(word: number, generation: number): void {
    this.wordSeen[word] = generation;
    this.wordFrom[word] = this.hitCount;
    for (let g = this.gramStart[word], to = this.gramStart[word + 1]; g < to; g++) {
      const id = this.wordGrams[g];
      if ((this.queryBits[(id >>> 5) & QUERY_BITS_MASK] & (1 << (id & 31))) === 0) continue;
      const at = this.position[id];
      if (at === 0) continue;
      if (this.hitCount === this.hits.length) {
        const hits = new Int32Array(this.hits.length * 2);
        hits.set(this.hits);
        this.hits = hits;
      }
      this.hits[this.hitCount++] = at - 1;
    }
    this.wordTo[word] = this.hitCount;
  }

  /** Word scratch space (wordSeen, wordFrom, wordTo) for every word numbered so far; new space knows no word. */
  private ensureWordScratch(): void {
    if (this.wordSeen.length >= this.words.size) return;
    const size = this.words.size * 2;
    this.wordSeen = new Uint32Array(size);
    this.wordFrom = new Int32Array(size);
    this.wordTo = new Int32Array(size);
  }

  private wordNumber(word: string): number {
    const numbered = this.words.size;
    const n = this.words.number(word);
    if (n === numbered) this.appendGrams(n, wordGrams(word));
    return n;
  }

  /** Numbers a new word's grams into `wordGrams` and `gramStart` (words come in order of their numbers). */
  private appendGrams(word: number, grams: readonly string[]): void {
    if (word + 2 > this.gramStart.length) this.gramStart = grow(this.gramStart, word + 2);
    const from = this.gramStart[word];
    if (from + grams.length > this.wordGrams.length) this.wordGrams = grow(this.wordGrams, from + grams.length);
    for (let k = 0; k < grams.length; k++) this.wordGrams[from + k] = this.grams.number(grams[k]);
    this.gramStart[word + 1] = from + grams.length;
  }
}

/** A copy of `array` with room for at least `size` numbers (twice that), the rest zero. */
function grow(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, array.length) * 2);
  grown.set(array);
  return grown;
}
