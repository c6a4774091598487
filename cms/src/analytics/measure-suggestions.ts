import type { LabelledGroup } from './group-labelled-questions';
import { groupingQuality, type GroupingQuality } from './measure-grouping';
import type { GroupProfile, SynonymGroups } from './rank-similar-groups';
import { suggestSimilarGroups } from './suggest-similar-groups';

/** Suggestions compared with the intents: how often a sibling is offered, how often an offer is a sibling. */
export interface SuggestionQuality {
  locale: string;
  /** Groups whose main intent has another group. */
  withSibling: number;
  /** Share of those with a sibling (same main intent) among their first 3 suggestions. */
  recallAt3: number;
  /** Suggestions among the first 3 of every group. */
  suggested: number;
  /** Share of those that have the group's main intent. */
  precisionAt3: number;
  /** Groups ÷ intents and purity if an expert accepted every group's first suggestion. */
  acceptedTop1: GroupingQuality;
}

/** The intent most of a group's asks come from. */
function mainIntent(g: LabelledGroup): number {
  return [...g.intents].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
}

/** A group's profile for the suggestions: its keys. */
export function profileOf(g: LabelledGroup): GroupProfile {
  return { id: g.id, keys: g.keys };
}

/** The question most of a group's asks used: its label. */
export function labelOf(g: LabelledGroup): string {
  return [...g.texts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
}

function find(parent: Map<number, number>, id: number): number {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root)!;
  parent.set(id, root);
  return root;
}

/**
 * Suggestions (suggestSimilarGroups) for every group the grouping made of the
 * labelled questions, against their intents, per locale; `candidatesOf` gives
 * the bot's nearest entries for a label in a locale (none: words alone).
 */
export async function measureSuggestions(
  groups: readonly LabelledGroup[],
  opts: {
    synonyms?: Readonly<Record<string, SynonymGroups>>;
    candidatesOf?: (locale: string, label: string) => Promise<readonly string[]>;
  } = {},
): Promise<SuggestionQuality[]> {
  const locales = [...new Set(groups.map((g) => g.locale))].sort();
  const out: SuggestionQuality[] = [];
  for (const locale of locales) {
    const own = groups.filter((g) => g.locale === locale);
    const profiles = own.map(profileOf);
    const byId = new Map(own.map((g) => [g.id, g]));
    const candidatesOf = async (id: number) => opts.candidatesOf?.(locale, labelOf(byId.get(id)!)) ?? [];
    const suggest = { synonyms: opts.synonyms?.[locale], candidatesOf };
    const intentOf = new Map(own.map((g) => [g.id, mainIntent(g)]));
    const parent = new Map(own.map((g) => [g.id, g.id]));
    let withSibling = 0;
    let found = 0;
    let suggested = 0;
    let right = 0;
    for (const p of profiles) {
      const ranked = await suggestSimilarGroups(p, profiles, suggest);
      const top = ranked.slice(0, 3);
      const same = (id: number) => intentOf.get(id) === intentOf.get(p.id);
      if (own.some((g) => g.id !== p.id && same(g.id))) {
        withSibling += 1;
        if (top.some((s) => same(s.id))) found += 1;
      }
      suggested += top.length;
      right += top.filter((s) => same(s.id)).length;
      if (ranked[0]) parent.set(find(parent, p.id), find(parent, ranked[0].id));
    }
    const merged = new Map<number, Set<number>>();
    for (const g of own) {
      const root = find(parent, g.id);
      merged.set(root, new Set([...(merged.get(root) ?? []), ...g.intents.keys()]));
    }
    const acceptedTop1 = groupingQuality([...merged.values()].map((intents) => ({ locale, intents })))[0];
    out.push({
      locale,
      withSibling,
      recallAt3: withSibling ? found / withSibling : 1,
      suggested,
      precisionAt3: suggested ? right / suggested : 1,
      acceptedTop1,
    });
  }
  return out;
}
