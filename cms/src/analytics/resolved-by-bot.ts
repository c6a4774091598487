/**
 * "Resolved by the bot", the one definition savings and the headline figures
 * use: a conversation with at least one answered question (an answered ask or
 * an answer shown) or a completed guidance path, no handoff, whose last
 * question was answered and whose last feedback (if any) was not negative.
 *
 * What is known of a conversation is folded from its signals in any order
 * and any number of times (a replayed signal changes nothing), so the stored
 * facts can be brought up to date batch by batch.
 */
export interface ConversationFacts {
  /** An answered question or a completed path. */
  helped: boolean;
  handedOff: boolean;
  /** When the last question was asked, and whether it was answered. */
  lastQuestionAt: number | null;
  lastQuestionAnswered: boolean;
  /** When the last feedback was given, and whether it said "helpful". */
  lastFeedbackAt: number | null;
  lastFeedbackHelpful: boolean;
}

export type ConversationSignal =
  | { kind: 'question'; at: number; answered: boolean }
  | { kind: 'path_completed' }
  | { kind: 'handoff' }
  | { kind: 'feedback'; at: number; helpful: boolean };

export const NO_FACTS: ConversationFacts = {
  helped: false,
  handedOff: false,
  lastQuestionAt: null,
  lastQuestionAnswered: false,
  lastFeedbackAt: null,
  lastFeedbackHelpful: false,
};

/**
 * Whether a later (or, at the same instant, a worse) verdict replaces the
 * stored one: at the same millisecond the unanswered / unhelpful one wins.
 */
function replaces(at: number, good: boolean, storedAt: number | null, storedGood: boolean): boolean {
  if (storedAt === null || at > storedAt) return true;
  return at === storedAt && !good && storedGood;
}

/** The facts after one more signal. */
export function foldConversation(facts: ConversationFacts, signal: ConversationSignal): ConversationFacts {
  switch (signal.kind) {
    case 'path_completed':
      return { ...facts, helped: true };
    case 'handoff':
      return { ...facts, handedOff: true };
    case 'question': {
      const next = { ...facts, helped: facts.helped || signal.answered };
      if (!replaces(signal.at, signal.answered, facts.lastQuestionAt, facts.lastQuestionAnswered)) return next;
      return { ...next, lastQuestionAt: signal.at, lastQuestionAnswered: signal.answered };
    }
    case 'feedback':
      if (!replaces(signal.at, signal.helpful, facts.lastFeedbackAt, facts.lastFeedbackHelpful)) return facts;
      return { ...facts, lastFeedbackAt: signal.at, lastFeedbackHelpful: signal.helpful };
  }
}

export function isResolvedByBot(facts: ConversationFacts): boolean {
  if (!facts.helped || facts.handedOff) return false;
  if (facts.lastQuestionAt !== null && !facts.lastQuestionAnswered) return false;
  return facts.lastFeedbackAt === null || facts.lastFeedbackHelpful;
}

/** The signal a usage event gives, if any (an answer shown counts as an answered question). */
export function eventSignal(e: { type: string; occurredAt: number; helpful?: boolean }): ConversationSignal | null {
  switch (e.type) {
    case 'answer_shown':
      return { kind: 'question', at: e.occurredAt, answered: true };
    case 'path_completed':
      return { kind: 'path_completed' };
    case 'handoff_requested':
      return { kind: 'handoff' };
    case 'feedback':
      return { kind: 'feedback', at: e.occurredAt, helpful: e.helpful === true };
    default:
      return null;
  }
}
