import { foldDiacritics, tokenize } from './fold-diacritics';
import { StringNumbers } from './string-numbers';

/** The shortest tail that makes the part before it a compound head ("hammas" + "hoito"). */
export const MIN_COMPOUND_TAIL = 4;
/** The shortest stem of a known word that may end a compound. */
const MIN_TAIL_STEM = 3;
/** The shortest head derived from a compound rather than known as a word. */
const MIN_COMPOUND_HEAD = 4;

/**
 * The words a knowledge base uses, folded (ä→a …), for splitting compounds:
 * Finnish and Swedish glue words together ("lastensuojeluilmoitus",
 * "tandläkartid") and Meilisearch does not split them. Each word form is
 * counted by the texts that use it, and a document's text can be replaced or
 * removed (setDocument, removeDocument): the lexicon is an exact function of
 * the texts it holds, whatever the order they came and went in.
 */
export class Lexicon {
  /** Word forms as written (lower case), numbered; with their folded form and folded stem by number. */
  private readonly forms = new StringNumbers();
  private readonly foldedOf: string[] = [];
  private readonly stemOf: string[] = [];
  /** Per form number, the texts that use it. */
  private readonly uses: number[] = [];
  /** Folded words and folded stems, each with the number of forms in use that give it. */
  private readonly words = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  /** Per folded word, the forms in use that fold to it. */
  private readonly originals = new Map<string, Set<string>>();
  /** Per document key, the form numbers its text uses. */
  private readonly documents = new Map<string, Int32Array>();
  private heads: Set<string> | null = null;
  private added = 0;

  constructor(
    private readonly stem: (word: string) => string,
    private readonly minLength = 3,
  ) {}

  /** Adds a text for good (synonyms, tests). */
  addText(text: string, stopWords?: ReadonlySet<string>): void {
    this.count(this.formsIn(text, stopWords), 1);
  }

  /** The text of a document (`key`), in place of its previous text. */
  setDocument(key: string, text: string, stopWords?: ReadonlySet<string>): void {
    const forms = this.formsIn(text, stopWords);
    this.count(forms, 1);
    const previous = this.documents.get(key);
    if (previous) this.count(previous, -1);
    this.documents.set(key, forms);
  }

  /** Takes a document's text out (unpublished or deleted). */
  removeDocument(key: string): void {
    const previous = this.documents.get(key);
    if (!previous) return;
    this.count(previous, -1);
    this.documents.delete(key);
  }

  /** Folded words in use, in no particular order. */
  wordList(): string[] {
    return [...this.words.keys()];
  }

  /** The word forms (as written) some text uses. */
  *formsInUse(): IterableIterator<string> {
    for (let n = 0; n < this.uses.length; n++) if (this.uses[n] > 0) yield this.forms.string(n);
  }

  /** Keys of the documents whose text uses one of the word forms. */
  documentsUsing(forms: Iterable<string>): string[] {
    const wanted = new Set<number>();
    for (const form of forms) {
      const n = this.forms.get(form);
      if (n !== undefined) wanted.add(n);
    }
    if (wanted.size === 0) return [];
    const keys: string[] = [];
    for (const [key, numbers] of this.documents) if (numbers.some((n) => wanted.has(n))) keys.push(key);
    return keys;
  }

  /** Changes whenever text is added or removed: what was derived from the lexicon before may be stale. */
  get revision(): number {
    return this.added;
  }

  /** The distinct form numbers of a text's words (no short words, numbers or stop words). */
  private formsIn(text: string, stopWords?: ReadonlySet<string>): Int32Array {
    const numbers = new Set<number>();
    for (const token of tokenize(text)) {
      if (token.length < this.minLength || /\d/.test(token) || stopWords?.has(token)) continue;
      numbers.add(this.formNumber(token));
    }
    return Int32Array.from(numbers);
  }

  private formNumber(token: string): number {
    const n = this.forms.number(token);
    if (n === this.uses.length) {
      this.foldedOf.push(foldDiacritics(token));
      this.stemOf.push(foldDiacritics(this.stem(token)));
      this.uses.push(0);
    }
    return n;
  }

  /** Counts texts using the forms up (+1) or down (-1); a form comes into or goes out of use at 0. */
  private count(forms: Int32Array, step: 1 | -1): void {
    for (const n of forms) {
      const before = this.uses[n];
      this.uses[n] = before + step;
      if (before === 0 || before + step === 0) this.use(n, step);
    }
    this.heads = null;
    this.added += 1;
  }

  private use(n: number, step: 1 | -1): void {
    const form = this.forms.string(n);
    const folded = this.foldedOf[n];
    tally(this.words, folded, step);
    tally(this.stems, this.stemOf[n], step);
    let originals = this.originals.get(folded);
    if (!originals) this.originals.set(folded, (originals = new Set()));
    if (step === 1) originals.add(form);
    else originals.delete(form);
    if (originals.size === 0) this.originals.delete(folded);
  }

  /** The form a folded word is read in for compound heads: the last in code-point order (ä after a). */
  private original(forms: ReadonlySet<string>): string {
    let last = '';
    for (const form of forms) if (form > last) last = form;
    return last;
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
    for (const [folded, forms] of this.originals) {
      const original = this.original(forms);
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

/** Adds `step` to a key's count; a key counted down to 0 is removed. */
function tally(counts: Map<string, number>, key: string, step: number): void {
  const count = (counts.get(key) ?? 0) + step;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}
