/** Deterministic generator of realistic chatbot usage history (demo data and benchmarks). */
export { generateUsage } from './generate-usage';
export { estimateUsageEvents } from './estimate-usage-events';
export { usageContentFromDemo } from './usage-content-from-demo';
export { createRandom, type Random } from './create-random';
export { UNANSWERED_QUESTIONS } from './unanswered-questions';
export { PERSONAL_DATA_QUESTIONS } from './personal-data-questions';
export { testIdentityCode } from './test-identity-code';
export { helsinkiOffsetMinutes } from './helsinki-offset-minutes';
export type { UsageContent, UsageOptionTarget, UsagePhrasings } from './usage-content';
export type { UsageOptions } from './usage-options';
export type {
  UsageEvent, UsageEventBase, UsageEventType, UsageAsk, UsageItem, UsageChannel, HandoffChannel, HandoffReason, HandoffUrgency,
} from './usage-event';
