import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { MAX_SIMILAR_GROUPS, OPEN_GROUP_STATUSES, type SimilarGroupRow } from '@botkb/contract';
import { isSearchLocale, type SearchLocale } from '@botkb/search';
import { TABLES } from './analytics-tables';
import { EXAMPLE_ORDER } from './example-order';
import type { SimilarGroup, SynonymGroups } from './rank-similar-groups';
import { suggestSimilarGroups } from './suggest-similar-groups';
import { topExamples } from './reports/unanswered';
import { termWords } from './term-words';
import { rephraseLinks } from './rephrase-links';

export interface SimilarGroupsDeps {
  /** The search vocabulary's synonyms of a locale as grouping terms (grouping-synonyms.ts). */
  synonyms: (locale: SearchLocale) => SynonymGroups;
  /** The bot's nearest entries (`kind:slug`) for a question of a locale; null when search is not ready. */
  candidates: (locale: SearchLocale) => ((question: string) => Promise<readonly string[]>) | null;
}

type Suggestion = Omit<SimilarGroupRow, 'sameCandidate'> & { sameCandidate: string | null };

/** The question keys of the open groups of `locale` (and of group `id`), per group. */
async function openGroupKeys(knex: Knex, locale: string, id: number): Promise<Map<number, string[]>> {
  const rows = await knex(`${TABLES.groupKeys} as k`)
    .join(`${TABLES.groups} as g`, 'g.id', 'k.group_id')
    .where('g.locale', locale)
    .whereNot('g.total_count', 0)
    .where((w) => w.whereIn('g.status', OPEN_GROUP_STATUSES).orWhere('g.id', id))
    .select('k.group_id', 'k.key');
  const keys = new Map<number, string[]>();
  for (const r of rows) keys.set(Number(r.group_id), [...(keys.get(Number(r.group_id)) ?? []), r.key]);
  return keys;
}

async function exampleTexts(knex: Knex, ids: number[]): Promise<Map<number, string[]>> {
  const rows = await knex(TABLES.groupExamples)
    .whereIn('group_id', ids)
    .orderBy([...EXAMPLE_ORDER]);
  const texts = new Map<number, string[]>();
  for (const r of rows) texts.set(Number(r.group_id), [...(texts.get(Number(r.group_id)) ?? []), r.text]);
  return texts;
}

interface Reworded {
  conversations: number;
  /** More conversations than chance gives (rephrase-links.ts): offered first, even with no word in common. */
  beyondChance: boolean;
}

/** The open groups (`open`) residents reworded group `id`'s question as, with their conversations. */
async function rephrasedWith(knex: Knex, id: number, open: ReadonlySet<number>): Promise<Map<number, Reworded>> {
  const rows = await knex(TABLES.groupRephrases)
    .where((w) => w.where('group_a', id).orWhere('group_b', id))
    .where('kept_apart', 0)
    .select('locale', 'group_a', 'group_b', 'conversations');
  const others = rows.map((r) => (Number(r.group_a) === id ? Number(r.group_b) : Number(r.group_a)));
  if (!others.some((other) => open.has(other))) return new Map();
  const totals = new Map<number, number>();
  for (const g of await knex(TABLES.groups)
    .whereIn('id', [id, ...others])
    .select('id', 'total_count')) {
    totals.set(Number(g.id), Number(g.total_count));
  }
  const [{ asks }] = await knex(TABLES.groups).where('locale', rows[0].locale).sum({ asks: 'total_count' });
  const linked = new Map<number, Reworded>();
  rows.forEach((r, i) => {
    const other = others[i];
    const conversations = Number(r.conversations);
    const total = (g: number) => totals.get(g) ?? 0;
    const beyondChance = rephraseLinks.beyondChance(conversations, total(id), total(other), Number(asks));
    if (open.has(other)) linked.set(other, { conversations, beyondChance });
  });
  return linked;
}

/**
 * Groups residents reworded beyond chance first (most conversations first), then the word suggestions;
 * MAX_SIMILAR_GROUPS.
 */
function withRephrasings(found: SimilarGroup[], reworded: ReadonlyMap<number, Reworded>): SimilarGroup[] {
  const byWords = new Map(found.map((s) => [s.id, s]));
  const first = [...reworded]
    .filter(([, r]) => r.beyondChance)
    .sort(([a, x], [b, y]) => y.conversations - x.conversations || a - b)
    .map(([id]) => byWords.get(id) ?? { id, score: 0, shared: [], related: [], sameCandidate: null });
  const shown = new Set(first.map((s) => s.id));
  return [...first, ...found.filter((s) => !shown.has(s.id))].slice(0, MAX_SIMILAR_GROUPS);
}

/**
 * Merge suggestions for group `id`: the open groups of its language that may
 * be the same question (suggestSimilarGroups; groups residents reworded its
 * question as come first, rephrase-links.ts), with their labels and the
 * words that relate them as the questions wrote them. A 404 for an unknown or unlisted group.
 */
export async function similarGroupsOf(
  knex: Knex,
  id: number,
  deps: SimilarGroupsDeps,
): Promise<{ locale: string; rows: Suggestion[] }> {
  const target = await knex(TABLES.groups).where({ id }).whereNot('total_count', 0).first('id', 'locale');
  if (!target) throw new errors.NotFoundError(`unanswered-question group ${id} not found`);
  const locale: string = target.locale;
  if (!isSearchLocale(locale)) return { locale, rows: [] };
  const keys = await openGroupKeys(knex, locale, id);
  const profiles = [...keys].map(([gid, k]) => ({ id: gid, keys: k }));
  const ask = deps.candidates(locale);
  const candidatesOf = async (gid: number) => {
    const label = (await topExamples(knex, [gid])).get(gid);
    return ask && label ? ask(label) : [];
  };
  const own = profiles.find((p) => p.id === id) ?? { id, keys: [] };
  const byWords = await suggestSimilarGroups(own, profiles, { synonyms: deps.synonyms(locale), candidatesOf });
  const reworded = await rephrasedWith(knex, id, new Set(keys.keys()));
  const found = withRephrasings(byWords, reworded);
  if (found.length === 0) return { locale, rows: [] };
  const ids = found.map((s) => s.id);
  const stored = new Map((await knex(TABLES.groups).whereIn('id', ids)).map((g) => [Number(g.id), g]));
  const texts = await exampleTexts(knex, [id, ...ids]);
  const words = (gid: number) => termWords(locale, texts.get(gid) ?? []);
  const ours = words(id);
  const word = (map: Map<string, string>, terms: string) =>
    terms
      .split(' ')
      .map((t) => map.get(t) ?? t)
      .join(' ');
  const rows = found.map((s): Suggestion => {
    const theirs = words(s.id);
    const g = stored.get(s.id)!;
    return {
      id: String(s.id),
      label: texts.get(s.id)?.[0] ?? null,
      status: g.status,
      totalCount: Number(g.total_count),
      score: Math.round(s.score * 1000) / 1000,
      sharedWords: s.shared.map((t) => word(ours, t)),
      relatedWords: s.related.map(([x, y]) => ({ word: word(ours, x), other: word(theirs, y) })),
      sameCandidate: s.sameCandidate,
      rephraseConversations: reworded.get(s.id)?.conversations ?? 0,
    };
  });
  return { locale, rows };
}
