import { foldDiacritics, tokenize } from './fold-diacritics';

/** A text as weighted character n-grams (TF-IDF), with its Euclidean norm. */
export interface GramVector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

const GRAM_SIZES = [3, 4];

/** The words n-grams are counted from (tokens without stop words, folded, with boundary marks), counted. */
function countWords(text: string, stopWords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    if (stopWords.has(token)) continue;
    const word = ` ${foldDiacritics(token)} `;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** A word's character 3- and 4-grams, in order, repeats included. */
export function wordGrams(word: string): string[] {
  const grams: string[] = [];
  for (const n of GRAM_SIZES) for (let i = 0; i + n <= word.length; i++) grams.push(word.slice(i, i + n));
  return grams;
}

/**
 * Character 3- and 4-grams of each word, counted, in order of first occurrence (the first
 * occurrence of a gram is in the first occurrence of the first word that has it).
 */
function countGrams(text: string, stopWords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, times] of countWords(text, stopWords)) {
    for (const gram of wordGrams(word)) counts.set(gram, (counts.get(gram) ?? 0) + times);
  }
  return counts;
}

/**
 * Character n-gram statistics of one locale's knowledge base. Word stems miss
 * much of Finnish and Swedish as residents type it — consonant gradation
 * ("hammas"/"hampaan"), derivations ("varata"/"varaus"), colloquial and
 * misspelled forms ("lekurille", "viisaudenhamas") — while most of their
 * letter sequences still match. Similarity is the cosine of TF-IDF vectors.
 */
export class GramStatistics {
  private readonly df = new Map<string, number>();
  private docs = 0;
  private changes = 0;

  constructor(private readonly stopWords: ReadonlySet<string> = new Set()) {}

  /** Counts a document's grams once each. */
  addDocument(text: string): void {
    this.addGrams(countGrams(text, this.stopWords).keys());
  }

  /** Counts a document by its distinct grams (those addDocument counts of its text). */
  addGrams(grams: Iterable<string>): void {
    this.docs += 1;
    this.changes += 1;
    for (const gram of grams) this.df.set(gram, (this.df.get(gram) ?? 0) + 1);
  }

  /** Takes back an addGrams of the same distinct grams (a document updated or gone). */
  removeGrams(grams: Iterable<string>): void {
    this.docs -= 1;
    this.changes += 1;
    for (const gram of grams) {
      const df = (this.df.get(gram) ?? 0) - 1;
      if (df > 0) this.df.set(gram, df);
      else this.df.delete(gram);
    }
  }

  /** Documents counted. */
  get documents(): number {
    return this.docs;
  }

  /** Changes with every addition and removal: weights computed before may be stale. */
  get revision(): number {
    return this.changes;
  }

  /** Every counted gram with its document frequency, in no particular order. */
  frequencies(): ReadonlyMap<string, number> {
    return this.df;
  }

  /** The words a text's grams are counted from (see wordGrams) and how often each occurs, in order. */
  words(text: string): Map<string, number> {
    return countWords(text, this.stopWords);
  }

  /** A gram's inverse document frequency in this knowledge base. */
  idf(gram: string): number {
    return Math.log(1 + this.docs / ((this.df.get(gram) ?? 0) + 0.5));
  }

  vector(text: string): GramVector {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const [gram, count] of countGrams(text, this.stopWords)) {
      const w = gramWeight(count, this.idf(gram));
      weights.set(gram, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

/** A gram's TF-IDF weight in a text where it occurs `count` times. */
export function gramWeight(count: number, idf: number): number {
  return (1 + Math.log(count)) * idf;
}

/** Cosine similarity of two gram vectors, in [0, 1]. */
export function gramCosine(a: GramVector, b: GramVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, w] of small.weights) {
    const v = large.weights.get(gram);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
