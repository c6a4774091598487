import { QuestionClusters } from './question-clusters';

/** An unanswered question labelled with the intent it was generated from. */
export interface LabelledQuestion {
  locale: string;
  question: string;
  intent: number;
}

/** A group the grouping made of labelled questions. */
export interface LabelledGroup {
  id: number;
  locale: string;
  /** Its question keys, first seen first. */
  keys: string[];
  /** Asks per intent. */
  intents: Map<number, number>;
  /** Asks per question text. */
  texts: Map<string, number>;
}

/**
 * Runs labelled questions, in order, through the grouping rule of the
 * unanswered-question groups (QuestionClusters over `key`): the groups with
 * the intents and texts of their questions.
 */
export function groupLabelledQuestions(
  questions: Iterable<LabelledQuestion>,
  key: (locale: string, question: string) => string,
): LabelledGroup[] {
  const clusters = new QuestionClusters();
  const groups: LabelledGroup[] = [];
  for (const q of questions) {
    const k = key(q.locale, q.question) || q.question.toLowerCase();
    let id = clusters.find(q.locale, k);
    if (id === null) {
      id = groups.length;
      groups.push({ id, locale: q.locale, keys: [], intents: new Map(), texts: new Map() });
    }
    clusters.add(q.locale, id, k);
    const g = groups[id];
    if (!g.keys.includes(k)) g.keys.push(k);
    g.intents.set(q.intent, (g.intents.get(q.intent) ?? 0) + 1);
    g.texts.set(q.question, (g.texts.get(q.question) ?? 0) + 1);
  }
  return groups;
}
