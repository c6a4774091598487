import { QuestionClusters } from './question-clusters';
import { rephraseLinks, type ConversationAsk } from './rephrase-links';

/** An unanswered question labelled with the intent it was generated from. */
export interface LabelledQuestion {
  locale: string;
  question: string;
  intent: number;
  /** Its conversation, when known: the rephrasing rule (rephrase-links.ts) reads it. */
  sessionId?: string;
  askedAt?: number;
  /** Whether the conversation's immediately preceding ask was unanswered too. */
  afterUnanswered?: boolean;
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

export interface GroupingOptions {
  /** Also merge groups whose questions residents reworded as each other's (rephrase-links.ts). */
  rephrasings?: boolean;
}

const add = <K>(into: Map<K, number>, from: Map<K, number>) => {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
};
const total = (g: LabelledGroup) => [...g.intents.values()].reduce((n, c) => n + c, 0);

/**
 * Runs labelled questions, in order, through the grouping rule of the
 * unanswered-question groups (QuestionClusters over `key`; with
 * `rephrasings`, merges on the evidence of residents' rewordings as the
 * ask rollup makes them): the groups with the intents and texts of their questions.
 */
export function groupLabelledQuestions(
  questions: Iterable<LabelledQuestion>,
  key: (locale: string, question: string) => string,
  options: GroupingOptions = {},
): LabelledGroup[] {
  const clusters = new QuestionClusters();
  const groups: LabelledGroup[] = [];
  const mergedInto = new Map<number, number>();
  const live = (id: number): number => (mergedInto.has(id) ? live(mergedInto.get(id)!) : id);
  const conversations = new Map<string, ConversationAsk[]>();
  const evidence = new Map<string, number>();
  const asks = new Map<string, number>();

  /** Merges as the evidence of pair `a`–`b` calls for, then follows the pairs of the merged group. */
  const mergeOn = (a: number, b: number): void => {
    const x = groups[a];
    const y = groups[b];
    const seen = evidence.get(`${Math.min(a, b)}|${Math.max(a, b)}`) ?? 0;
    const open = (g: LabelledGroup) => ({ id: g.id, status: 'new', total: total(g) });
    const merge = rephraseLinks.mergeOf(seen, open(x), open(y), asks.get(x.locale) ?? 0);
    if (!merge) return;
    const into = groups[merge.into];
    const from = groups[merge.from];
    mergedInto.set(from.id, into.id);
    into.keys.push(...from.keys.filter((k) => !into.keys.includes(k)));
    add(into.intents, from.intents);
    add(into.texts, from.texts);
    // The merged group's pairs are the survivor's now (summed); its pair with the survivor is gone.
    const followed: number[] = [];
    for (const [pair, n] of [...evidence]) {
      const [p, q] = pair.split('|').map(Number);
      if (p !== from.id && q !== from.id) continue;
      evidence.delete(pair);
      const other = p === from.id ? q : p;
      if (other === into.id) continue;
      const moved = `${Math.min(other, into.id)}|${Math.max(other, into.id)}`;
      evidence.set(moved, (evidence.get(moved) ?? 0) + n);
      followed.push(other);
    }
    for (const other of followed) if (!mergedInto.has(other) && !mergedInto.has(into.id)) mergeOn(into.id, other);
  };

  for (const q of questions) {
    const k = key(q.locale, q.question) || q.question.toLowerCase();
    const found = clusters.find(q.locale, k);
    let id = found === null ? null : live(found);
    if (id === null) {
      id = groups.length;
      groups.push({ id, locale: q.locale, keys: [], intents: new Map(), texts: new Map() });
    }
    clusters.add(q.locale, id, k);
    const g = groups[id];
    if (!g.keys.includes(k)) g.keys.push(k);
    g.intents.set(q.intent, (g.intents.get(q.intent) ?? 0) + 1);
    g.texts.set(q.question, (g.texts.get(q.question) ?? 0) + 1);
    asks.set(q.locale, (asks.get(q.locale) ?? 0) + 1);
    if (!options.rephrasings || q.sessionId === undefined || q.askedAt === undefined) continue;
    const conversation = conversations.get(q.sessionId) ?? [];
    conversations.set(q.sessionId, conversation);
    const asked = { locale: q.locale, askedAt: q.askedAt };
    if (!q.afterUnanswered && conversation.length) conversation.push({ ...asked, answered: true, group: null });
    conversation.push({ ...asked, answered: false, group: id });
    const current = conversation.map((a) => (a.group === null ? a : { ...a, group: live(a.group) }));
    const pair = rephraseLinks.pairsOf(current).at(-1);
    if (!pair) continue;
    const pairKey = `${pair.a}|${pair.b}`;
    evidence.set(pairKey, (evidence.get(pairKey) ?? 0) + 1);
    mergeOn(pair.a, pair.b);
  }
  return groups.filter((g) => !mergedInto.has(g.id));
}
