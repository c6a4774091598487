import { groupLabelledQuestions, type GroupingOptions, type LabelledQuestion } from './group-labelled-questions';

export type { LabelledQuestion } from './group-labelled-questions';

export interface GroupingQuality {
  locale: string;
  intents: number;
  groups: number;
  /** groups ÷ intents: 1 when every intent is one group. */
  groupsPerIntent: number;
  /** Share of groups whose questions all come from one intent. */
  purity: number;
}

/** Groups ÷ intents and purity of groups (each a set of intents), per locale. */
export function groupingQuality(groups: ReadonlyArray<{ locale: string; intents: ReadonlySet<number> }>) {
  const locales = [...new Set(groups.map((g) => g.locale))].sort();
  return locales.map((locale): GroupingQuality => {
    const own = groups.filter((g) => g.locale === locale);
    const intents = new Set(own.flatMap((g) => [...g.intents]));
    const pure = own.filter((g) => g.intents.size === 1).length;
    return {
      locale,
      intents: intents.size,
      groups: own.length,
      groupsPerIntent: own.length / intents.size,
      purity: pure / own.length,
    };
  });
}

/**
 * Runs labelled questions, in order, through the grouping rule of the
 * unanswered-question groups (QuestionClusters over `key`, with `rephrasings`
 * the rephrasing rule too) and compares the
 * groups with the labels, per locale.
 */
export function measureGrouping(
  questions: Iterable<LabelledQuestion>,
  key: (locale: string, question: string) => string,
  options: GroupingOptions = {},
): GroupingQuality[] {
  const groups = groupLabelledQuestions(questions, key, options);
  return groupingQuality(groups.map((g) => ({ locale: g.locale, intents: new Set(g.intents.keys()) })));
}
