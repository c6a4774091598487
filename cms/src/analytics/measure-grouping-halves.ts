import { groupLabelledQuestions, type GroupingOptions, type LabelledQuestion } from './group-labelled-questions';
import type { GroupingQuality } from './measure-grouping';

/** Grouping quality of the groups of one half of the intents. */
export interface HalfQuality extends GroupingQuality {
  half: string;
}

/**
 * Groups ÷ intents and purity per locale and half of the intents (`halfOf`: e.g. by a hash of the intent's
 * first variant), from one grouping of all questions: a group counts for the half of its most asked intent,
 * the half's intents are those its questions have. A rule fitted to one half shows as a gap to the other.
 */
export function measureGroupingHalves(
  questions: readonly LabelledQuestion[],
  key: (locale: string, question: string) => string,
  halfOf: (locale: string, intent: number) => string,
  options: GroupingOptions = {},
): HalfQuality[] {
  const groups = groupLabelledQuestions(questions, key, options);
  const main = (intents: Map<number, number>) => [...intents].sort(([a, x], [b, y]) => y - x || a - b)[0][0];
  const rows = new Map<string, { locale: string; half: string; intents: Set<number>; groups: number; pure: number }>();
  const row = (locale: string, half: string) => {
    const id = `${locale}|${half}`;
    const known = rows.get(id) ?? { locale, half, intents: new Set<number>(), groups: 0, pure: 0 };
    rows.set(id, known);
    return known;
  };
  for (const q of questions) row(q.locale, halfOf(q.locale, q.intent)).intents.add(q.intent);
  for (const g of groups) {
    const r = row(g.locale, halfOf(g.locale, main(g.intents)));
    r.groups += 1;
    if (g.intents.size === 1) r.pure += 1;
  }
  const order = [...rows.values()].sort((a, b) => a.locale.localeCompare(b.locale) || a.half.localeCompare(b.half));
  return order.map((r) => ({
    locale: r.locale,
    half: r.half,
    intents: r.intents.size,
    groups: r.groups,
    groupsPerIntent: r.groups / r.intents.size,
    purity: r.groups > 0 ? r.pure / r.groups : 1,
  }));
}
