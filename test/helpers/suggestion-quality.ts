import { readDemoContent } from '@botkb/seeds';
import type { SuggestionQuality } from '../../cms/src/analytics/measure-suggestions';
import { groupingSynonyms } from '../../cms/src/analytics/grouping-synonyms';

/** The demo search vocabulary's synonyms as grouping terms, per locale. */
export function demoSynonyms() {
  const { vocabulary } = readDemoContent();
  return { fi: groupingSynonyms('fi', vocabulary.fi.synonyms), sv: groupingSynonyms('sv', vocabulary.sv.synonyms) };
}

/** Least recall@3 and precision@3, most groups per intent and least purity when every first suggestion is accepted. */
export type SuggestionBounds = readonly [
  locale: string,
  recall: number,
  precision: number,
  perIntent: number,
  purity: number,
];

export const SUGGESTION_BOUNDS_TITLE =
  '%s: recall@3 ≥ %d, precision@3 ≥ %d; first suggestions accepted: ≤ %d groups per intent, purity ≥ %d';

/** Fails unless the locale's measured suggestions hold the bounds. */
export function expectSuggestionBounds(quality: readonly SuggestionQuality[], bounds: SuggestionBounds): void {
  const [locale, recall, precision, perIntent, purity] = bounds;
  const q = quality.find((r) => r.locale === locale)!;
  expect(q.withSibling).toBeGreaterThan(20);
  expect(q.recallAt3).toBeGreaterThanOrEqual(recall);
  expect(q.precisionAt3).toBeGreaterThanOrEqual(precision);
  expect(q.acceptedTop1.groupsPerIntent).toBeLessThanOrEqual(perIntent);
  expect(q.acceptedTop1.purity).toBeGreaterThanOrEqual(purity);
}
