import { generateUsage } from './generate-usage';
import { usageContentFromDemo } from './usage-content-from-demo';
import type { UsageOptions } from './usage-options';

/** An unanswered question of the demo history with the intent it was generated from. */
export interface LabelledUnansweredQuestion {
  locale: 'fi' | 'sv';
  question: string;
  intent: number;
}

/**
 * The demo history's unanswered questions, in order, each labelled with its
 * intent (an index into UNANSWERED_QUESTIONS[locale]); personal-data
 * questions, which have no intent, are left out.
 */
export function labelledUnansweredQuestions(options: UsageOptions): LabelledUnansweredQuestion[] {
  const out: LabelledUnansweredQuestion[] = [];
  for (const item of generateUsage(usageContentFromDemo(), options)) {
    if (item.kind === 'ask' && item.ask.intent !== undefined) {
      out.push({ locale: item.ask.locale, question: item.ask.question, intent: item.ask.intent });
    }
  }
  return out;
}
