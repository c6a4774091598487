import { foldDiacritics } from './fold-diacritics';
import { MIN_COMPOUND_TAIL, type Lexicon } from './lexicon';

const MIN_PART = 3;
const MAX_PARTS = 4;

/**
 * The last part of a compound: a form of a known word, and at least MIN_COMPOUND_TAIL letters unless
 * it is itself a known word form ("kesä" + "työ"); shorter tails are mostly endings ("soi" + "tan").
 */
function endsCompound(folded: string, original: string, lexicon: Lexicon): boolean {
  if (folded.length < MIN_PART) return false;
  if (folded.length >= MIN_COMPOUND_TAIL) return lexicon.canEnd(folded, original);
  return lexicon.hasWordForm(folded) && lexicon.canEnd(folded, original);
}

/**
 * Splits `word` into known parts — "lastensuojeluilmoitus" → ["lasten",
 * "suojelu", "ilmoitus"], "hammaslääkärille" → ["hammas", "lääkärille"] —
 * preferring the fewest, longest parts. Returns [] when no split into at
 * least two known parts exists.
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] {
  if (word.length < MIN_PART * 2) return [];
  const folded = foldDiacritics(word);
  const memo = new Map<number, number[] | null>();

  // Returns cut positions for word[from..] (each part known), fewest parts first.
  const solve = (from: number, depth: number): number[] | null => {
    if (memo.has(from)) return memo.get(from)!;
    let best: number[] | null = null;
    if (from > 0 && endsCompound(folded.slice(from), word.slice(from), lexicon)) best = [];
    if (depth < MAX_PARTS - 1) {
      for (let end = word.length - MIN_PART; end >= from + MIN_PART; end--) {
        if (!lexicon.hasWord(folded.slice(from, end))) continue;
        const rest = solve(end, depth + 1);
        if (rest && (best === null || rest.length + 1 < best.length)) best = [end, ...rest];
      }
    }
    memo.set(from, best);
    return best;
  };

  const cuts = solve(0, 0);
  if (!cuts || cuts.length === 0) return [];
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(word.slice(start, cut));
    start = cut;
  }
  parts.push(word.slice(start));
  return parts;
}
