import { foldDiacritics } from '@botkb/search';
import { termSimilarity } from './term-similarity';
import { MAX_SIMILAR_GROUPS } from '@botkb/contract';
import { joinsCompound } from './joins-compound';

/**
 * Least score of a suggestion. Measured on the demo history with the bot's
 * candidates (README "Merge suggestions"): 0.45 offers more siblings but an
 * expert accepting every first suggestion would mix more questions; 0.55 drops most Swedish siblings.
 */
export const SUGGESTION_FLOOR = 0.5;
/** Credit of a word the search vocabulary lists as a synonym of the other group's word. */
const SYNONYM_CREDIT = 0.9;
/**
 * Added when the bot's best candidate for both groups' labels is the same entry (and they share a word):
 * on the demo history 30 % of related sibling pairs have one, 7 % of related other pairs.
 */
const SAME_CANDIDATE_BONUS = 0.15;

/** An open unanswered-question group as the suggestions compare it. */
export interface GroupProfile {
  id: number;
  /** The group's question keys (its forms), as question-key.ts makes them. */
  keys: readonly string[];
}

export interface RankOptions {
  /** The search vocabulary's synonym groups (grouping-synonyms.ts). */
  synonyms?: SynonymGroups;
  /** The bot's nearest entries for a group's label, best first (`kind:slug`), for the groups they are known of. */
  candidates?: ReadonlyMap<number, readonly string[]>;
  /** Defaults: MAX_SIMILAR_GROUPS and SUGGESTION_FLOOR. */
  limit?: number;
  floor?: number;
}

/** Why a group may be the same question. */
export interface SimilarGroup {
  id: number;
  score: number;
  /** Terms both groups have (or one typo apart). */
  shared: string[];
  /** Pairs [this group's term, the other group's term] that are related: a compound part, a synonym, an inflection. */
  related: Array<[string, string]>;
  /** The bot's best candidate both labels lead to, when they lead to the same one. */
  sameCandidate: string | null;
}

/** Search vocabulary synonym groups, each member as the terms of its question key (["langat", "verko"]). */
export type SynonymGroups = ReadonlyArray<ReadonlyArray<readonly string[]>>;

interface Profile {
  id: number;
  terms: string[];
  /** Share of the group's forms with each term (its typos counted with it): its core words weigh the most. */
  share: Map<string, number>;
  /** Terms of synonyms of this group's words (term → the group's term it stands for). */
  synonyms: Map<string, string>;
  candidates: readonly string[];
}

/** A form's share that counts fully: a word in half the group's forms is one of its core words. */
const CORE_SHARE = 0.5;

/**
 * A group's terms with the share of its forms that have each; a term one typo
 * from a term more forms have counts as that term ("tervyesasem" as "terveysasem").
 */
function termShares(keys: readonly string[]): Map<string, number> {
  const forms = keys.map((k) => new Set(k.split(' ').filter(Boolean).map(foldDiacritics)));
  const counts = new Map<string, number>();
  for (const f of forms) for (const t of f) counts.set(t, (counts.get(t) ?? 0) + 1);
  const byCount = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const kept = new Map<string, number>();
  for (const [t, n] of byCount) {
    const main = [...kept.keys()].find((u) => termSimilarity(t, u) === 1);
    kept.set(main ?? t, (kept.get(main ?? t) ?? 0) + n);
  }
  const total = Math.max(forms.length, 1);
  return new Map([...kept].map(([t, n]) => [t, Math.min(1, n / total / CORE_SHARE)]));
}

/** A group's synonym terms: the other members of each synonym group one of whose members the group has whole. */
function synonymTerms(terms: readonly string[], synonyms: SynonymGroups): Map<string, string> {
  const have = new Set(terms);
  const out = new Map<string, string>();
  for (const group of synonyms) {
    const present = group.filter((member) => member.length > 0 && member.every((t) => have.has(t)));
    if (present.length === 0) continue;
    const via = present[0][0];
    for (const member of group) for (const t of member) if (!have.has(t) && !out.has(t)) out.set(t, via);
  }
  return out;
}

/** How well term `x` is covered by group `b`: 1 for the same term or a typo, less for related terms. */
function bestMatch(x: string, xs: readonly string[], b: Profile): { credit: number; by: string | null } {
  let credit = 0;
  let by: string | null = null;
  for (const y of b.terms) {
    const s = termSimilarity(x, y) * b.share.get(y)!;
    if (s > credit) [credit, by] = [s, y];
  }
  if (credit < SYNONYM_CREDIT && b.synonyms.has(x)) [credit, by] = [SYNONYM_CREDIT, b.synonyms.get(x)!];
  if (credit < 1) {
    const part = compoundPartner(x, xs, b.terms);
    if (part) [credit, by] = [1, part];
  }
  return { credit, by };
}

/** A term of `b` that `x` is a compound with, written as two words or joined ("kelakort", "kel kort"). */
function compoundPartner(x: string, a: readonly string[], b: readonly string[]): string | null {
  for (const y of b) {
    for (const z of b) if (joinsCompound(x, y, z)) return `${y} ${z}`;
    for (const z of a) if (joinsCompound(y, x, z) || joinsCompound(y, z, x)) return y;
  }
  return null;
}

/** Share of `a`'s weighted terms `b` covers, the weight of the best covered one, the shared and related terms. */
function coverage(a: Profile, b: Profile, weight: (t: string) => number) {
  let covered = 0;
  let total = 0;
  const shared: string[] = [];
  const related: Array<[string, string]> = [];
  let strongest = 0;
  for (const x of a.terms) {
    const { credit, by } = bestMatch(x, a.terms, b);
    const w = weight(x) * a.share.get(x)!;
    covered += w * credit;
    total += w;
    strongest = Math.max(strongest, w * credit);
    if (!by) continue;
    if (a.share.get(x)! < 1 || credit === 0) continue;
    if (by === x || (termSimilarity(x, by) === 1 && !by.includes(' '))) shared.push(x);
    else related.push([x, by]);
  }
  return { share: total > 0 ? covered / total : 0, shared, related, strongest };
}

/** The bot's best candidate for both labels, when it is the same entry. */
function sameCandidate(a: Profile, b: Profile): string | null {
  return a.candidates.length > 0 && a.candidates[0] === b.candidates[0] ? a.candidates[0] : null;
}

/**
 * The open groups (of one locale) that are probably the same question as
 * group `target`, best first: at most MAX_SIMILAR_GROUPS with a score of at
 * least SUGGESTION_FLOOR. Only a suggestion, so looser than the grouping: the
 * score is the mean of how much of each group's weighted terms the other
 * covers and how rare the rarest word they share is (terms weighted by rarity
 * among the groups and by the share of a group's forms that have them; a typo,
 * inflection or compound part counts as the grouping counts it, a
 * search-vocabulary synonym 0.9), plus a bonus when the bot's best candidate
 * for both labels is the same entry. A group sharing no term, related term or
 * synonym is never suggested, whatever the bot ranks.
 */
export function rankSimilarGroups(
  target: GroupProfile,
  groups: readonly GroupProfile[],
  opts: RankOptions = {},
): SimilarGroup[] {
  const { synonyms = [], candidates, limit = MAX_SIMILAR_GROUPS, floor = SUGGESTION_FLOOR } = opts;
  const profile = (g: GroupProfile): Profile => {
    const share = termShares(g.keys);
    const terms = [...share.keys()];
    const own = candidates?.get(g.id) ?? [];
    return { id: g.id, terms, share, synonyms: synonymTerms(terms, synonyms), candidates: own };
  };
  const all = groups.filter((g) => g.id !== target.id).map(profile);
  const a = profile(target);
  const groupsWithTerm = new Map<string, number>();
  for (const g of [a, ...all]) for (const t of g.terms) groupsWithTerm.set(t, (groupsWithTerm.get(t) ?? 0) + 1);
  const n = all.length + 1;
  const weight = (t: string) => Math.log(1 + (n + 1) / ((groupsWithTerm.get(t) ?? 0) + 1));
  // A word only one group has: the rarest a shared word can be is close to it.
  const rarest = Math.log(1 + (n + 1) / 2);
  const out: SimilarGroup[] = [];
  for (const b of all) {
    const there = coverage(a, b, weight);
    if (there.shared.length === 0 && there.related.length === 0) continue;
    const back = coverage(b, a, weight);
    const strongest = Math.min(there.strongest, back.strongest) / rarest;
    const same = sameCandidate(a, b);
    const score = (there.share + back.share + strongest) / 3 + (same ? SAME_CANDIDATE_BONUS : 0);
    if (score < floor) continue;
    out.push({ id: b.id, score, shared: there.shared, related: there.related, sameCandidate: same });
  }
  out.sort((x, y) => y.score - x.score || x.id - y.id);
  return out.slice(0, limit);
}
