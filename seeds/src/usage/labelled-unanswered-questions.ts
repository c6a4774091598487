import { generateUsage } from './generate-usage';
import { usageContentFromDemo } from './usage-content-from-demo';
import type { UsageOptions } from './usage-options';

/** An unanswered question of the demo history with the intent it was generated from. */
export interface LabelledUnansweredQuestion {
  locale: 'fi' | 'sv';
  question: string;
  intent: number;
  /** The bot's session id (the conversation); the demo's ids are generated, not personal data. */
  sessionId: string;
  /** When it was asked, ms since the epoch. */
  askedAt: number;
  /** Whether the session's immediately preceding ask was one of these labelled unanswered questions. */
  afterUnanswered: boolean;
}

/**
 * The demo history's unanswered questions, in order, each labelled with its
 * intent (an index into UNANSWERED_QUESTIONS[locale]) and its conversation;
 * personal-data questions, which have no intent, are left out (an ask after
 * one is not `afterUnanswered`).
 */
export function labelledUnansweredQuestions(options: UsageOptions): LabelledUnansweredQuestion[] {
  const out: LabelledUnansweredQuestion[] = [];
  const labelledLast = new Map<string, boolean>();
  for (const item of generateUsage(usageContentFromDemo(), options)) {
    if (item.kind !== 'ask') continue;
    const { ask } = item;
    const labelled = ask.intent !== undefined;
    if (ask.intent !== undefined) {
      out.push({
        locale: ask.locale,
        question: ask.question,
        intent: ask.intent,
        sessionId: ask.sessionId,
        askedAt: Date.parse(ask.askedAt),
        afterUnanswered: labelledLast.get(ask.sessionId) ?? false,
      });
    }
    labelledLast.set(ask.sessionId, labelled);
  }
  return out;
}
