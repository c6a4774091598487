/**
 * Shapes of the analytics API (cms/openapi/analytics-api.md).
 * Pure type declarations: no React, no DOM, so unit tests can import them.
 */

export type UiLocale = 'fi' | 'sv' | 'en';
export type ContentLocale = 'fi' | 'sv';
export type Audience = 'resident' | 'professional' | 'business' | 'city';
export type Breakdown = 'locale' | 'channel' | 'audience';
export type Role = 'manager' | 'content_expert' | 'admin';
export type UnansweredStatus = 'new' | 'in_progress' | 'resolved' | 'ignored';
export type ContentKind = 'answer' | 'path';

export const AUDIENCES: readonly Audience[] = ['resident', 'professional', 'business', 'city'];
export const CONTENT_LOCALES: readonly ContentLocale[] = ['fi', 'sv'];
/** The contract lists these as examples ("e.g."); unknown channels from the API are shown as-is. */
export const KNOWN_CHANNELS: readonly string[] = ['web_chat', 'phone_bot', 'professional_chat'];
export const BREAKDOWNS: readonly Breakdown[] = ['locale', 'channel', 'audience'];
export const UNANSWERED_STATUSES: readonly UnansweredStatus[] = ['new', 'in_progress', 'resolved', 'ignored'];

/** `GET /analytics-api/me` */
export interface Me {
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  role: Role;
  canTriage: boolean;
  canEditSavings: boolean;
}

/** Filters shared by all list reports. */
export interface ReportFilter {
  from?: string;
  to?: string;
  locale?: ContentLocale | '';
  audience?: Audience | '';
  channel?: string;
}

export interface MonthlyUsageRow {
  id: string;
  month: string;
  dimension?: string;
  conversations: number;
  messages: number;
  questions: number;
  answered: number;
  unanswered: number;
  answeredRate: number | null;
  unansweredRate: number | null;
  handoffs: number;
  handoffRate: number | null;
  feedbackHelpful: number;
  feedbackUnhelpful: number;
  helpfulRate: number | null;
}

export interface ContentCountRow {
  id: string;
  month: string;
  audience: Audience | string;
  answers: number;
  paths: number;
}

export interface PathStep {
  stepKey: string;
  title: string;
  reached: number;
  continued: number;
  dropped: number;
  dropOffRate: number | null;
}

export interface PathPerformanceRow {
  id: string;
  slug: string;
  title: string;
  audience: Audience | string;
  starts: number;
  completions: number;
  abandonments: number;
  completionRate: number | null;
  steps: PathStep[];
}

export interface AnswerPerformanceRow {
  id: string;
  slug: string;
  title: string;
  audience: Audience | string;
  shown: number;
  helpful: number;
  unhelpful: number;
  helpfulRate: number | null;
}

export interface Resolution {
  kind: ContentKind;
  slug: string;
  title: string;
  adminUrl: string;
}

export interface UnansweredRow {
  id: string;
  /** The group's most frequent recent example; null when all its examples expired. */
  label: string | null;
  examplesExpired: boolean;
  /** Examples older than this many days are deleted (ANALYTICS_RETENTION_DAYS). */
  retentionDays: number | null;
  status: UnansweredStatus;
  count: number;
  totalCount: number;
  firstSeen: string;
  lastSeen: string;
  locales: string[];
  examples: string[];
  resolution: Resolution | null;
}

export interface TrendPoint {
  month: string;
  count: number;
}

export interface UnansweredDetail extends UnansweredRow {
  trend?: TrendPoint[];
}

export interface HandoffRow {
  id: string;
  handoffChannel: string;
  reason: string;
  urgency: string;
  count: number;
}

export interface SavingsFields {
  conversations: number;
  withHandoff: number;
  resolvedByBot: number;
  minutesSaved: number;
  eurosSaved: number;
  staffYears: number;
}

export interface SavingsRow extends SavingsFields {
  id: string;
  month: string;
}

export interface SavingsParameters {
  minutesPerContact: Record<string, number>;
  hourlyCost: number;
  hoursPerStaffYear: number;
}

export interface SavingsMeta {
  /** The days the figures cover (the API's `meta.from` / `meta.to`). */
  from?: string;
  to?: string;
  totals?: Partial<SavingsFields>;
  parameters?: SavingsParameters;
}

export interface KnowledgeRow {
  id: string;
  kind: ContentKind;
  slug: string;
  title: string;
  locale: string;
  adminUrl: string;
}

/** Body of `PUT /analytics-api/unanswered/:id`. */
export type UnansweredUpdate =
  | { status: 'new' | 'in_progress' | 'ignored' }
  | { status: 'resolved'; target: { kind: ContentKind; slug: string }; phrasing?: string };

/** A draft answer made from a group (`POST /analytics-api/unanswered/:id/answer`). */
export interface CreatedAnswer {
  documentId: string;
  slug: string;
  locale: ContentLocale;
  adminUrl: string;
}

/** Body of `POST /analytics-api/try`. */
export interface TryRequest {
  question: string;
  locale: ContentLocale;
  audience?: Audience;
  /** Answer from the published content (default) or from the latest drafts. */
  content?: TryContent;
}

export type TryContent = 'published' | 'drafts';
export const TRY_CONTENTS: readonly TryContent[] = ['published', 'drafts'];

export type WordReading = 'stop' | 'short' | 'stem' | 'compound';

export interface TryTerm {
  term: string;
  correctedTo: string | null;
  synonyms: string[];
  known: boolean;
}

export interface TryWord {
  word: string;
  how: WordReading;
  terms: TryTerm[];
}

export interface TryTermCoverage {
  term: string;
  weight: number;
  match: number;
  field: 's_title' | 's_phrasings' | 's_topic' | 's_body' | null;
  variant: string | null;
}

export interface TryCandidate {
  role: 'answer' | 'suggestion';
  slug: string;
  kind: ContentKind;
  title: string;
  locale: ContentLocale;
  score: number;
  coverage: number;
  gram: number;
  terms: TryTermCoverage[];
  adminUrl: string | null;
}

/** What `POST /analytics-api/try` answers (`data`): the bot's response, the threshold and why. */
export interface TryResult {
  /** Which content answered. */
  content: TryContent;
  answered: boolean;
  answer: {
    slug: string;
    kind: ContentKind;
    title: string;
    locale: ContentLocale;
    score: number;
    urgent?: boolean;
    adminUrl: string | null;
  } | null;
  suggestions: Array<{ slug: string; kind: ContentKind; title: string; score: number }>;
  threshold: number;
  explanation: {
    words: TryWord[];
    trigger: { slug: string; phrase: string } | null;
    fallback: boolean;
    candidates: TryCandidate[];
  };
}

/** One headline figure of GET /analytics-api/headline: this period, the previous one and the change. */
export interface HeadlineRow {
  id: string;
  key: 'conversations' | 'questions' | 'answeredRate' | 'handoffRate' | 'helpfulRate' | 'resolvedByBot' | 'eurosSaved';
  current: number | null;
  previous: number | null;
  /** Rates: percentage points as a fraction (0.05 = 5 points); others: relative (0.1 = +10 %). */
  change: number | null;
  changeKind: 'points' | 'relative';
}

export interface HeadlineMeta {
  from?: string;
  to?: string;
  previous?: { from: string; to: string };
}

/** A row of GET /analytics-api/partner-clicks. */
export interface PartnerClickRow {
  id: string;
  slug: string;
  name: string;
  clicks: number;
}

/** Where a branch of a guidance path leads (GET /path-branches). */
export type BranchTarget = 'step' | 'answer' | 'partner' | 'handoff' | 'end' | 'left' | 'unknown';

/** One row of a path's branching funnel: a step's option (or "left") and how many took it. */
export interface BranchRow {
  id: string;
  order: number;
  stepNumber: number;
  stepKey: string;
  stepTitle: string;
  option: string | null;
  optionLabel: string | null;
  target: BranchTarget;
  targetKey: string | null;
  targetTitle: string | null;
  count: number;
  share: number | null;
}

export interface BranchMeta {
  path: { slug: string; title: string; adminUrl: string | null; designerUrl: string | null; starts: number };
  steps: Array<{ stepKey: string; title: string; reached: number; left: number }>;
}

/** A resident's feedback comment (GET /feedback-comments), redacted when stored. */
export interface FeedbackCommentRow {
  id: string;
  at: string;
  locale: string;
  channel: string;
  kind: ContentKind;
  slug: string;
  helpful: boolean;
  comment: string;
}

/** One contact channel of the resource simulation (cms/src/analytics/resource-simulation.ts). */
export interface SimulationChannel {
  name: string;
  contacts: number;
  minutes: number;
  changes: [number, number];
}

export interface SimulationInput {
  startYear: number;
  hourlyCost: number;
  yearlySalaryCost: number;
  productiveHoursPerPerson: number;
  channels: SimulationChannel[];
}

export interface SimulationYear {
  year: number;
  contacts: number;
  hours: number;
  persons: number;
  salaryCost: number;
  hourCost: number;
}

export interface SimulationResults {
  channels: Array<{ name: string; years: SimulationYear[] }>;
  totals: SimulationYear[];
  changes: Array<SimulationYear & { rate: number | null }>;
}

export interface SimulationBaseline {
  from: string;
  to: string;
  botContacts: number;
  startYear: number;
  /** The study's cost defaults (the server's one definition). */
  defaults: { hourlyCost: number; yearlySalaryCost: number; productiveHoursPerPerson: number };
}

export interface ScenarioSummary {
  id: number;
  name: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface Scenario extends ScenarioSummary {
  input: SimulationInput;
  results: SimulationResults;
}
