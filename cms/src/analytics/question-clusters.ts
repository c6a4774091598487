import { editDistance, foldDiacritics } from '@botkb/search';
import { termSimilarity } from './term-similarity';
import { joinsCompound } from './joins-compound';

/** A question joins a group when one of the group's forms covers this share of the question's weighted terms. */
export const JOIN_SHARE = 0.55;
/** Less suffices (MIN_SHARE) when the question also covers this share of one of the group's forms … */
export const CONTAINS_SHARE = 0.6;
/** … or this share of a form, if they share a word (ANCHOR_LENGTH letters or more) no other group has. */
export const ANCHOR_SHARE = 0.5;
/** The least share of the question's own weighted terms a group's form must cover for any join. */
export const MIN_SHARE = 0.4;
const ANCHOR_LENGTH = 5;
/** Shortest word recognised with a typo by typoOfForm ("wfi" for "wifi"; "ppas" and "aps" for "pas"). */
const MIN_TYPO_WORD = 3;
/** Shortest word a typo of another group's word is recognised in ("haet" for "haen"; not "tul" for "tuo"). */
const MIN_KNOWN_TYPO_WORD = 4;

interface Cluster {
  id: number;
  terms: Set<string>;
  forms: string[][];
}
interface Form {
  cluster: Cluster;
  terms: string[];
}

/** One locale's groups, how many groups have each term, the forms with each term, each term's related terms. */
interface LocaleClusters {
  clusters: Cluster[];
  groupsWithTerm: Map<string, number>;
  formsWithTerm: Map<string, Form[]>;
  related: Map<string, Map<string, number>>;
}

/** The distinct, diacritic-folded terms of a question key. */
function keyTerms(key: string): string[] {
  return [...new Set(key.split(' ').filter(Boolean).map(foldDiacritics))];
}

/**
 * The unanswered-question groups of each locale as their forms (question
 * keys), and the rule that puts a new question key into one. Terms are
 * weighted by how rare they are among the locale's groups (a word many
 * groups share, like "terveysasema", decides little) and compared fuzzily
 * (term-similarity.ts: typos, inflected or derived forms, compound parts).
 * A question joins the group whose form matches it best (the larger of the
 * two coverages), if one of its forms
 * - covers JOIN_SHARE of the question's weighted terms ("saako koiran tuoda terveysasemalle"), or
 * - covers MIN_SHARE of them while the question covers CONTAINS_SHARE of the form's
 *   ("koronatesti ilman ajanvarausta" for "koronatesti"), or
 * - covers MIN_SHARE while the question covers ANCHOR_SHARE of the form and both have a
 *   word no other group has ("eläkkeen hakemus" for "miten haen eläkettä").
 * Before these, a question that is one of the group's forms with one
 * word typed with one typo joins it (typoOfForm).
 * Greetings and question words never reach a key (question-key.ts). The
 * order of words never matters; the order of questions matters only through
 * which groups exist when a question arrives.
 */
export class QuestionClusters {
  private readonly byLocale = new Map<string, LocaleClusters>();
  private readonly byId = new Map<number, Cluster>();
  private readonly keys = new Map<string, number>();

  /** The group of a question key: the group that has the key, else `typoOfForm`, else `match`. */
  find(locale: string, key: string): number | null {
    const known = this.keys.get(`${locale}|${key}`);
    if (known !== undefined) return known;
    const terms = keyTerms(key);
    return this.typoOfForm(locale, terms) ?? this.match(locale, terms);
  }

  /** Records that group `id` of `locale` has this question key (the group is created on first use). */
  add(locale: string, id: number, key: string): void {
    this.keys.set(`${locale}|${key}`, id);
    const state = this.localeState(locale);
    let cluster = this.byId.get(id);
    if (!cluster) {
      cluster = { id, terms: new Set(), forms: [] };
      this.byId.set(id, cluster);
      state.clusters.push(cluster);
    }
    const terms = keyTerms(key);
    cluster.forms.push(terms);
    for (const t of terms) {
      const forms = state.formsWithTerm.get(t) ?? [];
      state.formsWithTerm.set(t, forms);
      forms.push({ cluster, terms });
    }
    for (const t of terms) {
      if (cluster.terms.has(t)) continue;
      if (!state.groupsWithTerm.has(t)) this.learnTerm(state, t);
      cluster.terms.add(t);
      state.groupsWithTerm.set(t, (state.groupsWithTerm.get(t) ?? 0) + 1);
    }
  }

  /** The group a question with these (folded) terms belongs to, or null for a new question. */
  match(locale: string, terms: readonly string[]): number | null {
    const state = this.byLocale.get(locale);
    if (!state || terms.length === 0 || state.clusters.length === 0) return null;
    const groups = state.clusters.length;
    const weight = (t: string) => Math.log(1 + (groups + 1) / ((state.groupsWithTerm.get(t) ?? 0) + 1));
    const related = new Map(terms.map((t) => [t, this.relatedTerms(state, t)]));
    const questionWeights = terms.map(weight);
    // Only forms with a term related to one of the question's can cover any of it.
    const candidates = new Set<Form>();
    for (const r of related.values()) {
      for (const u of r.keys()) for (const f of state.formsWithTerm.get(u) ?? []) candidates.add(f);
    }
    let best: { id: number; score: number } | null = null;
    const similarity = (t: string, u: string) => (t === u ? 1 : (related.get(t)!.get(u) ?? 0));
    const unique = (t: string) => t.length >= ANCHOR_LENGTH && state.groupsWithTerm.get(t) === 1;
    for (const { cluster, terms: form } of candidates) {
      const own = coverage(terms, questionWeights, similarity, form);
      if (own < MIN_SHARE) continue;
      const back = coverage(form, form.map(weight), (u, t) => similarity(t, u), terms);
      const anchored = () => terms.some((t) => unique(t) && cluster.terms.has(t));
      if (own < JOIN_SHARE && back < CONTAINS_SHARE && !(back >= ANCHOR_SHARE && anchored())) continue;
      const score = Math.max(own, back);
      const better = !best || score > best.score || (score === best.score && cluster.id < best.id);
      if (better) best = { id: cluster.id, score };
    }
    return best?.id ?? null;
  }

  /**
   * The group of a form that has every term of the question but one, and in
   * its place a term one typo away ("wfi terveysasemalla" for "wifi
   * terveysasemalla", "ppassin" for "passin"). Words shorter than five letters
   * get no typo credit in `match` ("maks" is not "mask"), and a typo'd word is
   * new to every group, so it weighs the most there; with all other words
   * the same, one typo is safe to forgive. With at least one other word the
   * same (oneWordOff), a word the stemmer left longer or shorter or a word of
   * another group typed with a typo is forgiven too.
   */
  typoOfForm(locale: string, terms: readonly string[]): number | null {
    const state = this.byLocale.get(locale);
    if (!state) return null;
    const typos = terms.filter((t) => t.length >= MIN_TYPO_WORD && !state.groupsWithTerm.has(t));
    if (typos.length === 1) {
      const [typo] = typos;
      const rest = terms.filter((t) => t !== typo);
      for (const u of state.groupsWithTerm.keys()) {
        if (u.length < MIN_TYPO_WORD || editDistance(typo, u, 1) > 1) continue;
        const sameOtherwise = (f: Form) => f.terms.length === terms.length && rest.every((t) => f.terms.includes(t));
        const form = state.formsWithTerm.get(u)?.find(sameOtherwise);
        if (form) return form.cluster.id;
      }
    }
    return this.oneWordOff(state, terms);
  }

  /**
   * The group (the oldest, if several) of a form with as many terms as the
   * question, all but one of them the question's, and in place of the other
   * a variant of it (sameWordOtherwise): "lapsilis makset" ("lapsilisä
   * maksetan", a typo the stemmer cannot take the ending off) for "lapsilis
   * maks", "pas uus" for "pas uusimis", "eläk haet" for "eläk haen".
   */
  private oneWordOff(state: LocaleClusters, terms: readonly string[]): number | null {
    if (terms.length < 2) return null;
    let best: number | null = null;
    for (const t of terms) {
      for (const { cluster, terms: form } of state.formsWithTerm.get(t) ?? []) {
        if (form.length !== terms.length || (best !== null && cluster.id >= best)) continue;
        const missing = terms.filter((x) => !form.includes(x));
        const extra = form.filter((y) => !terms.includes(y));
        if (missing.length === 1 && extra.length === 1 && sameWordOtherwise(missing[0], extra[0])) best = cluster.id;
      }
    }
    return best;
  }

  private localeState(locale: string): LocaleClusters {
    let state = this.byLocale.get(locale);
    if (!state) {
      state = { clusters: [], groupsWithTerm: new Map(), formsWithTerm: new Map(), related: new Map() };
      this.byLocale.set(locale, state);
    }
    return state;
  }

  /** Terms of the locale's groups related to `t` (similarity > 0), computed once per term. */
  private relatedTerms(state: LocaleClusters, t: string): Map<string, number> {
    let related = state.related.get(t);
    if (!related) {
      related = new Map();
      for (const u of state.groupsWithTerm.keys()) {
        const s = termSimilarity(t, u);
        if (s > 0) related.set(u, s);
      }
      state.related.set(t, related);
    }
    return related;
  }

  /** A term new to the locale's groups joins the related terms computed so far. */
  private learnTerm(state: LocaleClusters, t: string): void {
    for (const [u, related] of state.related) {
      const s = termSimilarity(u, t);
      if (s > 0) related.set(t, s);
    }
  }
}

/**
 * Two different terms that are one word told by its other words: one typo apart (MIN_KNOWN_TYPO_WORD letters
 * or more: "haen", "haet"), or one the other's start (MIN_TYPO_WORD or more: "maks", "makset"; "aur", "aurat").
 */
function sameWordOtherwise(t: string, u: string): boolean {
  const [short, long] = t.length <= u.length ? [t, u] : [u, t];
  if (short.length >= MIN_TYPO_WORD && long.startsWith(short)) return true;
  return short.length >= MIN_KNOWN_TYPO_WORD && editDistance(t, u, 1) <= 1;
}

/** Share of the weighted terms `a` that `b` covers, each by its most similar term of `b` or as a compound. */
function coverage(
  a: readonly string[],
  weights: readonly number[],
  similarity: (x: string, y: string) => number,
  b: readonly string[],
): number {
  let covered = 0;
  let total = 0;
  a.forEach((x, i) => {
    let best = 0;
    for (const y of b) best = Math.max(best, similarity(x, y));
    if (best < 1 && splitOrJoined(x, a, b)) best = 1;
    covered += weights[i] * best;
    total += weights[i];
  });
  return total > 0 ? covered / total : 0;
}

/**
 * Term `x` of `a` is a compound that `b` has as two words ("kelakort" for "kel kort"), or a
 * part of a compound of `b` whose other part `a` has too ("kel" of "kel kort" for "kelakort").
 */
function splitOrJoined(x: string, a: readonly string[], b: readonly string[]): boolean {
  for (const y of b) {
    for (const z of b) if (joinsCompound(x, y, z)) return true;
    for (const z of a) if (joinsCompound(y, x, z) || joinsCompound(y, z, x)) return true;
  }
  return false;
}
