import { labelledUnansweredQuestions, readDemoContent } from '@botkb/seeds';
import { measureSuggestions, type SuggestionQuality } from '../../cms/src/analytics/measure-suggestions';
import { groupingSynonyms } from '../../cms/src/analytics/grouping-synonyms';
import { questionKey } from '../../cms/src/analytics/question-key';
import { groupLabelledQuestions } from '../../cms/src/analytics/group-labelled-questions';

export type DemoLocale = 'fi' | 'sv';

/** A question's grouping key in a demo locale. */
export const demoKey = (locale: string, text: string) => questionKey({ locale: locale as DemoLocale }, text);

/** The demo history's unanswered questions up to October's end, each with the intent it was drawn from. */
export const demoAsked = () => labelledUnansweredQuestions({ end: new Date('2026-10-31T22:00:00Z') });

/** The demo search vocabulary's synonyms as grouping terms, per locale. */
export function demoSynonyms() {
  const { vocabulary } = readDemoContent();
  return { fi: groupingSynonyms('fi', vocabulary.fi.synonyms), sv: groupingSynonyms('sv', vocabulary.sv.synonyms) };
}

/**
 * Least groups with a sibling, recall@3 and precision@3, most groups per intent and least purity when every first
 * suggestion is accepted. Recall and precision are null where too few siblings are left to measure them (say why).
 */
export type SuggestionBounds = readonly [
  locale: string,
  siblings: number,
  recall: number | null,
  precision: number | null,
  perIntent: number,
  purity: number,
];

export const SUGGESTION_BOUNDS_TITLE =
  '%s: ≥ %d groups with a sibling, recall@3 ≥ %s, precision@3 ≥ %s; first suggestions accepted: ≤ %d groups per intent, purity ≥ %d';

/** Fails unless the locale's measured suggestions hold the bounds. */
export function expectSuggestionBounds(quality: readonly SuggestionQuality[], bounds: SuggestionBounds): void {
  const [locale, siblings, recall, precision, perIntent, purity] = bounds;
  const q = quality.find((r) => r.locale === locale)!;
  expect(q.withSibling).toBeGreaterThanOrEqual(siblings);
  if (recall !== null) expect(q.recallAt3).toBeGreaterThanOrEqual(recall);
  if (precision !== null) expect(q.precisionAt3).toBeGreaterThanOrEqual(precision);
  expect(q.acceptedTop1.groupsPerIntent).toBeLessThanOrEqual(perIntent);
  expect(q.acceptedTop1.purity).toBeGreaterThanOrEqual(purity);
}

/** Suggestions measured on groups of the demo history: words and demo synonyms, and the bot's candidates if given. */
export function measureDemoSuggestions(
  asked: ReturnType<typeof demoAsked>,
  candidatesOf?: (locale: string, label: string) => Promise<readonly string[]>,
): Promise<SuggestionQuality[]> {
  return measureSuggestions(groupLabelledQuestions(asked, demoKey), { synonyms: demoSynonyms(), candidatesOf });
}
