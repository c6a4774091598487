import { editDistance } from '@botkb/search';

/** Typos allowed in a term of this length: none in short words, one from 4 letters, two from 8. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Whether two question keys (sorted, de-duplicated analyzer terms) are the same
 * question: each term pairs with a distinct term of the other within its typo
 * allowance, where one key may have a compound written as two words
 * ("terveys asemalle" for "terveysasemalle"). Inflection, case and word order
 * are already folded by the analyzer; this adds typos and split compounds.
 */
export function similarQuestionKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length + 1) return joinsToMatch(a, b);
  if (b.length === a.length + 1) return joinsToMatch(b, a);
  return sameTerms(a, b);
}

/** Whether joining two terms of `longer` (in either order) gives a key similar to `shorter`. */
function joinsToMatch(longer: readonly string[], shorter: readonly string[]): boolean {
  for (let i = 0; i < longer.length; i++) {
    for (let j = 0; j < longer.length; j++) {
      if (i === j) continue;
      const rest = longer.filter((_, k) => k !== i && k !== j);
      if (sameTerms([...rest, longer[i] + longer[j]], shorter)) return true;
    }
  }
  return false;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const used = new Array<boolean>(b.length).fill(false);
  outer: for (const term of a) {
    const exact = b.findIndex((t, j) => !used[j] && t === term);
    if (exact >= 0) { used[exact] = true; continue; }
    for (let j = 0; j < b.length; j++) {
      if (used[j]) continue;
      const allowed = allowedTypos(Math.min(term.length, b[j].length));
      if (allowed > 0 && editDistance(term, b[j], allowed) <= allowed) { used[j] = true; continue outer; }
    }
    return false;
  }
  return true;
}
