import { rankSimilarGroups, type GroupProfile, type SimilarGroup, type SynonymGroups } from './rank-similar-groups';

/** Groups whose labels the bot is asked about: the best by words alone. */
export const SHORTLIST = 12;

/**
 * Merge suggestions for `target` among `groups` (open groups of its locale):
 * the SHORTLIST best by words (rankSimilarGroups with no floor), then ranked
 * again with the bot's nearest candidates for the labels of `target` and of
 * the shortlist (`candidatesOf` a group id: the bot's ranking for its label, as the try endpoint's).
 */
export async function suggestSimilarGroups(
  target: GroupProfile,
  groups: readonly GroupProfile[],
  opts: { synonyms?: SynonymGroups; candidatesOf: (id: number) => Promise<readonly string[]> },
): Promise<SimilarGroup[]> {
  const { synonyms } = opts;
  const shortlist = rankSimilarGroups(target, groups, { synonyms, limit: SHORTLIST, floor: 0 });
  const candidates = new Map<number, readonly string[]>();
  if (shortlist.length > 0) {
    for (const id of [target.id, ...shortlist.map((s) => s.id)]) candidates.set(id, await opts.candidatesOf(id));
  }
  return rankSimilarGroups(target, groups, { synonyms, candidates });
}
