import { foldDiacritics, tokenize } from './fold-diacritics';

/** The shortest tail that makes the part before it a compound head ("hammas" + "hoito"). */
export const MIN_COMPOUND_TAIL = 4;
/** The shortest stem of a known word that may end a compound. */
const MIN_TAIL_STEM = 3;
/** The shortest head derived from a compound rather than known as a word. */
const MIN_COMPOUND_HEAD = 4;

/**
 * The words a knowledge base uses, folded (ä→a …), for splitting compounds:
 * Finnish and Swedish glue words together ("lastensuojeluilmoitus",
 * "tandläkartid") and Meilisearch does not split them.
 */
export class Lexicon {
  private readonly words = new Set<string>();
  private readonly stems = new Set<string>();
  private readonly originals = new Map<string, string>();
  private heads: Set<string> | null = null;
  private added = 0;

  constructor(
    private readonly stem: (word: string) => string,
    private readonly minLength = 3,
  ) {}

  addText(text: string, stopWords?: ReadonlySet<string>): void {
    for (const token of tokenize(text)) {
      if (token.length < this.minLength || /\d/.test(token) || stopWords?.has(token)) continue;
      const folded = foldDiacritics(token);
      this.words.add(folded);
      this.originals.set(folded, token);
      this.stems.add(foldDiacritics(this.stem(token)));
    }
    this.heads = null;
    this.added += 1;
  }

  /** Changes whenever text is added: what was derived from the lexicon before may be stale. */
  get revision(): number {
    return this.added;
  }

  /**
   * A word that can start a compound: a known word, or the head of a known
   * compound ("hammas" from "hammashoito", since "hoito" is a known word).
   */
  hasWord(folded: string): boolean {
    return this.words.has(folded) || this.compoundHeads().has(folded);
  }

  private compoundHeads(): Set<string> {
    if (this.heads) return this.heads;
    const heads = new Set<string>();
    for (const [folded, original] of this.originals) {
      // Only a tail of MIN_COMPOUND_TAIL letters or more makes a head: a shorter one is mostly an
      // ending ("hakemuk" + "sen", "soi" + "tan"), and the head would split every form of the word.
      for (let cut = MIN_COMPOUND_HEAD; cut <= folded.length - MIN_COMPOUND_TAIL; cut++) {
        const tail = folded.slice(cut);
        if (this.canEnd(tail, original.slice(cut))) {
          heads.add(folded.slice(0, cut));
        }
      }
    }
    this.heads = heads;
    return heads;
  }

  /** The word (in some form) occurs in the knowledge base as such. */
  knows(folded: string, original: string): boolean {
    return this.words.has(folded) || this.stems.has(foldDiacritics(this.stem(original)));
  }

  /** The folded word occurs in the knowledge base exactly in this form. */
  hasWordForm(folded: string): boolean {
    return this.words.has(folded);
  }

  /**
   * A word that can end a compound: a form of a known stem, or a known word form whose stem
   * keeps MIN_TAIL_STEM letters — "alle" (→ "al") and "sen" (→ "se") after a word are endings.
   */
  canEnd(folded: string, original: string): boolean {
    if (this.isFormOfKnownStem(original)) return true;
    return this.words.has(folded) && this.stem(original).length >= MIN_TAIL_STEM;
  }

  /**
   * `word` inflects a known stem of MIN_COMPOUND_TAIL letters or more: shorter stems are
   * mostly what is left of an ending ("ille" → "il", "etaan" → "eta", "sesta" → "se").
   */
  private isFormOfKnownStem(word: string): boolean {
    const stem = foldDiacritics(this.stem(word));
    return stem.length >= MIN_COMPOUND_TAIL && this.stems.has(stem);
  }

  get size(): number {
    return this.words.size;
  }
}
