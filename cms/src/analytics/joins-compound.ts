/** Shortest part of a compound that joinsCompound recognises ("kel" of "kelakort"). */
const MIN_COMPOUND_PART = 3;
/** Letters a stem may lose between a compound's parts ("kor" + "test" in "koronatest"). */
const MAX_COMPOUND_GAP = 3;

/**
 * Whether the term `whole` is the compound of the terms `head` and `tail`, written
 * as two words in another question ("kelakort" and "kel kort", "kouluruok" and
 * "koul ruok"): it starts with one and ends with the other, with at most a few
 * letters between them (a stem's lost ending: "kor" of "korona" in "koronatest").
 */
export function joinsCompound(whole: string, head: string, tail: string): boolean {
  if (head === tail || head.length < MIN_COMPOUND_PART || tail.length < MIN_COMPOUND_PART) return false;
  const gap = whole.length - head.length - tail.length;
  return gap >= 0 && gap <= MAX_COMPOUND_GAP && whole.startsWith(head) && whole.endsWith(tail);
}
