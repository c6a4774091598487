/** The closed value sets of the analytics API (one place; the CMS, the UI and the OpenAPI document import them). */

/** What a monthly-usage row can be broken down by. */
export const BREAKDOWNS = ['locale', 'channel', 'audience'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** An unanswered-question group's triage status. */
export const GROUP_STATUSES = ['new', 'in_progress', 'resolved', 'ignored'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
/** Groups still to be triaged: the dashboard's top list and the merge suggestions show only these. */
export const OPEN_GROUP_STATUSES = ['new', 'in_progress'] as const satisfies readonly GroupStatus[];

/** The analytics roles (highest first). */
export const ANALYTICS_ROLES = ['admin', 'content_expert', 'manager'] as const;
export type AnalyticsRole = (typeof ANALYTICS_ROLES)[number];

/** The kinds of content-health rows, most severe first. */
export const HEALTH_KINDS = [
  'review_overdue',
  'competing',
  'low_helpful',
  'missing_sv',
  'sv_outdated',
  'review_due',
  'never_shown',
] as const;
export type HealthKind = (typeof HEALTH_KINDS)[number];

/** The headline figures, in their fixed order. */
export const HEADLINE_KEYS = [
  'conversations',
  'questions',
  'answeredRate',
  'handoffRate',
  'helpfulRate',
  'resolvedByBot',
  'eurosSaved',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** Which version of the knowledge base answers: what bots see, or every entry's latest draft. */
export const KNOWLEDGE_CONTENTS = ['published', 'drafts'] as const;
export type KnowledgeContent = (typeof KNOWLEDGE_CONTENTS)[number];

/** A bank question's outcome in the latest published run. */
export const BANK_OUTCOMES = ['passed', 'failed', 'not_run'] as const;
export type BankOutcome = (typeof BANK_OUTCOMES)[number];

/** Why a question-bank run ran: content was published or unpublished, "run now", or the first start. */
export const RUN_TRIGGERS = ['publish', 'manual', 'startup'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Where a bank question came from: typed by staff, a resolved unanswered-question group, or the demo seed. */
export const QUESTION_SOURCES = ['manual', 'unanswered', 'seed'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];
