import type { HealthKind } from '@botkb/contract';
/**
 * The limits of content health (one place; the endpoint sends them to the UI
 * in `meta.rules`, the README documents them).
 */
export const HEALTH_RULES = {
  /** A review due within this many days (from today, Helsinki time) is listed as due soon. */
  reviewDueSoonDays: 30,
  /** Feedback needed before a helpful rate counts. */
  lowHelpfulMinFeedback: 10,
  /** A helpful rate below this (with enough feedback) is low. */
  lowHelpfulRate: 0.5,
  /** Two entries compete on a question when their scores differ by at most this. */
  competingMargin: 0.05,
  /** Real asks needed before a pair is listed (one test question is enough). */
  competingMinAsks: 3,
  /** Questions kept as evidence per pair. */
  competingExamples: 5,
} as const;

export type HealthRules = typeof HEALTH_RULES;

export { HEALTH_KINDS, type HealthKind } from '@botkb/contract';

/** 3 = high, 2 = medium, 1 = low. */
export const HEALTH_SEVERITY: Record<HealthKind, 1 | 2 | 3> = {
  review_overdue: 3,
  competing: 3,
  low_helpful: 3,
  missing_sv: 2,
  sv_outdated: 2,
  review_due: 1,
  never_shown: 1,
};
