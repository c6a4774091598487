import { OPEN_GROUP_STATUSES } from '@botkb/contract';

/** One ask of a conversation, in order: unanswered asks carry the group they are in. */
export interface ConversationAsk {
  locale: string;
  askedAt: number;
  answered: boolean;
  /** The unanswered-question group of an unanswered ask; null when answered (or not grouped). */
  group: number | null;
}

/** Two groups whose questions residents asked as rewordings of each other; `a` < `b`. */
export interface RephrasePair {
  locale: string;
  a: number;
  b: number;
}

/** What the merge rule reads of a group. */
export interface LinkedGroup {
  id: number;
  status: string;
  /** Its asks. */
  total: number;
}

/** An automatic merge: `from` joins `into` on the evidence of `conversations` conversations. */
export interface RephraseMerge {
  into: number;
  from: number;
  conversations: number;
}

/** The next ask rewords the previous one only when it follows soon. */
const WINDOW_MS = 10 * 60_000;
/** How far back a conversation's earlier asks are read (each conversation counts once per pair). */
const CONVERSATION_MS = 24 * 60 * 60_000;
/** Conversations in which residents reworded one group's question as the other's before groups merge. */
const MIN_CONVERSATIONS = 3;
/**
 * …and that many times as many as chance would give: two questions asked one after the other by chance
 * meet in about (asks of one) × (asks of the other) ÷ (the language's unanswered asks) conversations at most.
 */
const MIN_LIFT = 5;

const OPEN: ReadonlySet<string> = new Set(OPEN_GROUP_STATUSES);

/**
 * The rephrasing rule (issue 15): when the bot did not understand, residents
 * reword the question in their next message. An unanswered ask whose
 * immediately preceding ask of the same conversation (same language, within
 * WINDOW_MS) was unanswered too but is in another group rephrases it: the
 * unordered pair of groups gains one conversation of evidence (each
 * conversation counts once per pair). Two open groups merge, the smaller
 * into the bigger (equal: into the older id), once at least MIN_CONVERSATIONS
 * conversations link them and that is MIN_LIFT times what chance gives
 * (beyondChance); resolved or ignored groups never merge automatically.
 */
export const rephraseLinks = {
  windowMs: WINDOW_MS,
  conversationMs: CONVERSATION_MS,
  minConversations: MIN_CONVERSATIONS,
  minLift: MIN_LIFT,

  /** For each ask of one conversation (in order) the pair it is the conversation's first evidence of, else null. */
  pairsOf(conversation: readonly ConversationAsk[]): Array<RephrasePair | null> {
    const seen = new Set<string>();
    return conversation.map((ask, i) => {
      const before = i > 0 ? conversation[i - 1] : undefined;
      if (!before || before.answered || ask.answered) return null;
      if (before.group === null || ask.group === null || before.group === ask.group) return null;
      if (before.locale !== ask.locale || ask.askedAt - before.askedAt > WINDOW_MS) return null;
      const pair = { locale: ask.locale, a: Math.min(before.group, ask.group), b: Math.max(before.group, ask.group) };
      const id = `${pair.locale}|${pair.a}|${pair.b}`;
      if (seen.has(id)) return null;
      seen.add(id);
      return pair;
    });
  },

  /**
   * Whether `conversations` linking groups of `x` and `y` asks are MIN_LIFT times what chance gives in a
   * language whose groups hold `asks` asks (the merge suggestions show such pairs below the bar too).
   */
  beyondChance(conversations: number, x: number, y: number, asks: number): boolean {
    return conversations * asks >= rephraseLinks.minLift * x * y;
  },

  /**
   * The merge the evidence of `conversations` calls for between groups `x` and `y` of a language whose groups
   * hold `asks` asks in all, or null.
   */
  mergeOf(conversations: number, x: LinkedGroup, y: LinkedGroup, asks: number): RephraseMerge | null {
    if (x.id === y.id || !OPEN.has(x.status) || !OPEN.has(y.status)) return null;
    const [into, from] = x.total > y.total || (x.total === y.total && x.id < y.id) ? [x, y] : [y, x];
    if (conversations < rephraseLinks.minConversations) return null;
    if (!rephraseLinks.beyondChance(conversations, into.total, from.total, asks)) return null;
    return { into: into.id, from: from.id, conversations };
  },
};
