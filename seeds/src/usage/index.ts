/** Deterministic generator of realistic chatbot usage history (demo data and benchmarks). */
export { generateUsage } from './generate-usage';
export { estimateUsageEvents } from './estimate-usage-events';
export { usageContentFromDemo } from './usage-content-from-demo';
export { UNANSWERED_QUESTIONS } from './unanswered-questions';
export { labelledUnansweredQuestions, type LabelledUnansweredQuestion } from './labelled-unanswered-questions';
export type { UsageContent, UsageOptionTarget, UsagePhrasings } from './usage-content';
export type { UsageOptions } from './usage-options';
export type {
  UsageEvent,
  UsageAsk,
  UsageItem,
  UsageChannel,
  HandoffChannel,
  HandoffReason,
  HandoffUrgency,
} from './usage-event';
