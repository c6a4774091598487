import { foldDiacritics, tokenize } from './fold-diacritics';

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
      for (let cut = this.minLength; cut <= folded.length - this.minLength; cut++) {
        const tail = folded.slice(cut);
        if (
          this.words.has(tail) ||
          (tail.length >= 4 && this.stems.has(foldDiacritics(this.stem(original.slice(cut)))))
        ) {
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

  /** A word that can end a compound (a known word form or a form of a known stem). */
  canEnd(folded: string, original: string): boolean {
    return this.words.has(folded) || this.stems.has(foldDiacritics(this.stem(original)));
  }

  get size(): number {
    return this.words.size;
  }
}
