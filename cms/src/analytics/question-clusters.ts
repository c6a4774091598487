import { editDistance } from '@botkb/search';

/** Share of a question's weighted terms a group must cover for the question to join it (0.5 mixes intents: purity 0.87). */
export const JOIN_SHARE = 0.6;
/** Letters two different terms must share from the start to count as related ("kahvila", "kahvio"). */
const MIN_SHARED_PREFIX = 5;
const PREFIX_CREDIT = 0.75;
/** Letter pairs two words must share (Dice) to count as related when they differ early ("ouluruoka"). */
const MIN_DICE = 0.6;

interface Cluster { id: number; terms: Set<string>; keys: string[][] }

/** Typos allowed in a term of this length: none in short words, one from 4 letters, two from 8. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How well term `a` stands for term `b`: 1 the same (or a typo of it), less for a shared word start. */
export function termSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const allowed = allowedTypos(Math.min(a.length, b.length));
  if (allowed > 0 && editDistance(a, b, allowed) <= allowed) return 1;
  if (sharedPrefix(a, b) >= MIN_SHARED_PREFIX) return PREFIX_CREDIT;
  const dice = bigramDice(a, b);
  return dice >= MIN_DICE ? dice * PREFIX_CREDIT : 0;
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
  if (x.length === 0 || y.length === 0) return 0;
  const left = [...y];
  let shared = 0;
  for (const g of x) {
    const i = left.indexOf(g);
    if (i >= 0) { shared += 1; left.splice(i, 1); }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The unanswered-question groups of each locale as sets of terms, and the
 * rule that puts a new question key into one: the group covering the largest
 * share of the key's terms, each term weighted by how rare it is among the
 * locale's groups (a word most groups share, like "terveysasema", decides
 * little), if that share reaches JOIN_SHARE. Greetings and question words
 * never reach a key (question-key.ts).
 */
export class QuestionClusters {
  private readonly byLocale = new Map<string, Cluster[]>();
  private readonly byId = new Map<number, Cluster>();
  private readonly frequency = new Map<string, Map<string, number>>();
  private readonly keys = new Map<string, number>();

  /** The group of a question key: the group that has the key, else `match`. */
  find(locale: string, key: string): number | null {
    return this.keys.get(`${locale}|${key}`) ?? this.match(locale, key.split(' ').filter(Boolean));
  }

  /** Records that group `id` of `locale` has this question key (the group is created on first use). */
  add(locale: string, id: number, key: string): void {
    this.keys.set(`${locale}|${key}`, id);
    const terms = key.split(' ').filter(Boolean);
    let cluster = this.byId.get(id);
    if (!cluster) {
      cluster = { id, terms: new Set(), keys: [] };
      this.byId.set(id, cluster);
      this.byLocale.set(locale, [...(this.byLocale.get(locale) ?? []), cluster]);
    }
    const df = this.frequency.get(locale) ?? new Map<string, number>();
    this.frequency.set(locale, df);
    cluster.keys.push(terms);
    for (const t of terms) {
      if (cluster.terms.has(t)) continue;
      cluster.terms.add(t);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }

  /** The group a question with these terms belongs to, or null for a new question. */
  match(locale: string, terms: readonly string[]): number | null {
    const clusters = this.byLocale.get(locale) ?? [];
    if (terms.length === 0 || clusters.length === 0) return null;
    const df = this.frequency.get(locale)!;
    const weights = terms.map((t) => Math.log(1 + (clusters.length + 1) / ((df.get(t) ?? 0) + 1)));
    const total = weights.reduce((s, w) => s + w, 0);
    let best: { id: number; share: number } | null = null;
    for (const c of clusters) {
      for (const key of c.keys) {
        let covered = 0;
        terms.forEach((t, i) => {
          let m = 0;
          for (const u of key) m = Math.max(m, termSimilarity(t, u));
          covered += weights[i] * m;
        });
        const share = covered / total;
        if (share >= JOIN_SHARE && (!best || share > best.share)) best = { id: c.id, share };
      }
    }
    return best?.id ?? null;
  }
}
