/** Kinds of content-health rows, most severe first (the API's HEALTH_KINDS). */
export const HEALTH_KINDS = [
  'review_overdue', 'competing', 'low_helpful', 'missing_sv', 'sv_outdated', 'review_due', 'never_shown',
] as const;
export type HealthKind = (typeof HEALTH_KINDS)[number];

export interface HealthLink { entryKind: 'answer' | 'path'; slug: string; title: string; adminUrl: string | null }

/** A row of GET /analytics-api/content-health. */
export interface HealthRow extends HealthLink {
  id: string;
  kind: HealthKind;
  severity: number;
  owner: string | null;
  reviewDue: string | null;
  days: number | null;
  shown: number | null;
  feedback: number | null;
  helpfulRate: number | null;
  other: HealthLink | null;
  count: number | null;
  examples: Array<{ question: string; locale: string; count: number }>;
}

export interface HealthMeta {
  counts: Record<HealthKind, number>;
  owners: string[];
  rules: { reviewDueSoonDays: number; lowHelpfulMinFeedback: number; lowHelpfulRate: number; competingMargin: number;
    competingMinAsks: number };
}
