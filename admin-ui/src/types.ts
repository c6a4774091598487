/**
 * The analytics API's shapes come from the contract (`@botkb/contract`, the zod schemas the CMS
 * validates with and cms/openapi/analytics-api.json is generated from); this module re-exports them
 * under the UI's names and adds the UI's own types. No React, no DOM, so unit tests can import it.
 */
import type { Audience, ContentLocale } from '@botkb/contract';

export type {
  AnalyticsMe as Me,
  AnalyticsRole as Role,
  AnswerPerformanceRow,
  Audience,
  Breakdown,
  ContentCountRow,
  ContentLocale,
  CreatedAnswer,
  EntryKind as ContentKind,
  GroupStatus as UnansweredStatus,
  HandoffRow,
  HeadlineMeta,
  HeadlineRow,
  KnowledgeContent as TryContent,
  KnowledgeRow,
  LinkedResolution as Resolution,
  MonthlyUsageRow,
  FeedbackCommentRow,
  PartnerClickRow,
  PathPerformanceRow,
  PathStepRow as PathStep,
  SavingsFields,
  SavingsMeta,
  SavingsParameters,
  SavingsRow,
  TrendPoint,
  TryCandidate,
  TryRequest,
  TryResult,
  TryTerm,
  TryTermCoverage,
  TryWord,
  UnansweredDetail,
  UnansweredRow,
  UnansweredUpdate,
  SimilarGroupRow,
} from '@botkb/contract';
export {
  AUDIENCES,
  BREAKDOWNS,
  CONTENT_LOCALES,
  GROUP_STATUSES as UNANSWERED_STATUSES,
  OPEN_GROUP_STATUSES,
  KNOWLEDGE_CONTENTS as TRY_CONTENTS,
  KNOWN_CHANNELS,
} from '@botkb/contract/enums';

/** The UI's own languages (content is fi and sv). */
export type UiLocale = 'fi' | 'sv' | 'en';

/** The report filters the UI keeps (an empty string: the filter is off). */
export interface ReportFilter {
  from?: string;
  to?: string;
  locale?: ContentLocale | '';
  audience?: Audience | '';
  channel?: string;
  /** The UI's language: titles in it where the content has it (titleLocale.ts). */
  titleLocale?: ContentLocale;
}

// The branching funnel's and the resource simulation's shapes: the contract's, under the UI's names.
export type {
  BranchRow,
  BranchTarget,
  SimulationChannel,
  SimulationInput,
  YearFigures as SimulationYear,
  SimulationResult as SimulationResults,
} from '@botkb/contract';
import type { SimulationInput, SimulationResult as SimulationResults, StepFigures } from '@botkb/contract';

export interface BranchMeta {
  path: { slug: string; title: string; adminUrl: string | null; designerUrl: string | null; starts: number };
  steps: StepFigures[];
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
