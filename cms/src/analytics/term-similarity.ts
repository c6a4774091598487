import { editDistance } from '@botkb/search';

/** Credit for related but different words: a shared start, one word inside the other, shared letter pairs. */
const RELATED_CREDIT = 0.75;
/** Letters two different terms must share from the start to count as related ("kahvila", "kahvio"). */
const MIN_SHARED_PREFIX = 5;
/**
 * Letters the longer term may have past the shared start for RELATED_CREDIT: an ending ("kahvila", "kahvio").
 * Past that they share only a compound's first part, which says less ("löytökissa", "löytötavara";
 * "hälsostation", "hälsocentral"): SHARED_PART_CREDIT.
 */
const MAX_UNSHARED_END = 4;
const SHARED_PART_CREDIT = 0.5;
/** A term this long found at the start or end of a longer one is a compound part of it ("koro", "koronatest"). */
const MIN_CONTAINED = 4;
/** What the longer term must have beyond the contained one: a word, not an ending ("kahvi", "kahvia"). */
const MIN_REST = 3;
/** Letters the last part of one compound and the first of another must have to link them ("röstning"). */
const MIN_LINKED_PART = 6;
/** Letter pairs two words must share (Dice) to count as related when they differ early ("ouluruoka"). */
const MIN_DICE = 0.6;
/** Shorter words have too few letter pairs for Dice to tell a typo from another word ("aps", "laps"). */
const MIN_DICE_LENGTH = 5;

/** Typos allowed in a term of this length: none in short words ("maks", "mask"), one from 5 letters, two from 8. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Share of letter pairs two words have in common (2·shared ÷ all): typos early in a word, compounds. */
function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const left = [...y];
  let shared = 0;
  for (const g of x) {
    const i = left.indexOf(g);
    if (i >= 0) {
      shared += 1;
      left.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** One term is a compound part of the other: at its start or its end, with a word's worth of letters left. */
function contains(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < MIN_CONTAINED || long.length - short.length < MIN_REST) return false;
  return long.startsWith(short) || long.endsWith(short);
}

/**
 * The last part of compound `a` is the first part of compound `b` (MIN_LINKED_PART letters or more, each with a
 * word's worth of letters besides): "förhandsröstning" and "röstningsställ" are both about voting.
 */
function sharePart(a: string, b: string): boolean {
  for (let n = Math.min(a.length, b.length) - MIN_REST; n >= MIN_LINKED_PART; n--) {
    if (a.endsWith(b.slice(0, n))) return true;
  }
  return false;
}

/**
 * How well (diacritic-folded) term `a` stands for term `b`: 1 the same or a
 * typo of it; less for a shared word start, a compound part (or one
 * compound's last part as another's first), or many shared letter pairs; 0
 * for unrelated words.
 */
export function termSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const allowed = allowedTypos(shorter);
  if (allowed > 0 && editDistance(a, b, allowed) <= allowed) return 1;
  if (contains(a, b)) return RELATED_CREDIT;
  const prefix = sharedPrefix(a, b);
  if (prefix >= MIN_SHARED_PREFIX) {
    return Math.max(a.length, b.length) - prefix <= MAX_UNSHARED_END ? RELATED_CREDIT : SHARED_PART_CREDIT;
  }
  if (sharePart(a, b) || sharePart(b, a)) return RELATED_CREDIT;
  if (shorter < MIN_DICE_LENGTH) return 0;
  const dice = bigramDice(a, b);
  return dice >= MIN_DICE ? dice * RELATED_CREDIT : 0;
}
