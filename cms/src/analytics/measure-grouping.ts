import { QuestionClusters } from './question-clusters';

/** An unanswered question labelled with the intent it was generated from. */
export interface LabelledQuestion {
  locale: string;
  question: string;
  intent: number;
}

export interface GroupingQuality {
  locale: string;
  intents: number;
  groups: number;
  /** groups ÷ intents: 1 when every intent is one group. */
  groupsPerIntent: number;
  /** Share of groups whose questions all come from one intent. */
  purity: number;
}

/**
 * Runs labelled questions, in order, through the grouping rule of the
 * unanswered-question groups (QuestionClusters over `key`) and compares the
 * groups with the labels, per locale.
 */
export function measureGrouping(
  questions: Iterable<LabelledQuestion>,
  key: (locale: string, question: string) => string,
): GroupingQuality[] {
  const clusters = new QuestionClusters();
  const intentsOf = new Map<number, Set<number>>();
  const localeOf = new Map<number, string>();
  const intents = new Map<string, Set<number>>();
  for (const q of questions) {
    const k = key(q.locale, q.question) || q.question.toLowerCase();
    let id = clusters.find(q.locale, k);
    if (id === null) {
      id = localeOf.size;
      localeOf.set(id, q.locale);
    }
    clusters.add(q.locale, id, k);
    intentsOf.set(id, (intentsOf.get(id) ?? new Set<number>()).add(q.intent));
    intents.set(q.locale, (intents.get(q.locale) ?? new Set<number>()).add(q.intent));
  }
  return [...intents]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([locale, labels]) => {
      const groups = [...localeOf].filter(([, l]) => l === locale).map(([id]) => intentsOf.get(id)!);
      const pure = groups.filter((g) => g.size === 1).length;
      return {
        locale,
        intents: labels.size,
        groups: groups.length,
        groupsPerIntent: groups.length / labels.size,
        purity: pure / groups.length,
      };
    });
}
