import type { SearchLocale } from '@botkb/search';
import { questionKey } from './question-key';
import type { SynonymGroups } from './rank-similar-groups';

/** The search vocabulary's synonym groups with each member as the grouping keys its words (["langat", "verko"]). */
export function groupingSynonyms(locale: SearchLocale, synonyms: ReadonlyArray<readonly string[]>): SynonymGroups {
  const keyed = synonyms.map((group) => group.map((m) => questionKey({ locale }, m).split(' ').filter(Boolean)));
  return keyed.map((group) => group.filter((m) => m.length > 0)).filter((group) => group.length > 1);
}
