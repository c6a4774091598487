import { z } from 'zod';
import type { AnalyticsRole } from './analytics-enums';
import { analyticsMeSchema } from './analytics-me';
import { answerPerformanceRowSchema } from './answer-performance-row';
import {
  bankQuestionInputSchema,
  bankQuestionQuerySchema,
  bankQuestionRowSchema,
  bankQuestionSchema,
} from './bank-question';
import {
  bankRunDetailSchema,
  bankRunRequestSchema,
  bankRunSchema,
  bankRunsQuerySchema,
  bankSummarySchema,
} from './bank-run';
import { contentCountRowSchema } from './content-count-row';
import { contentHealthMetaSchema, contentHealthRequestSchema, contentHealthRowSchema } from './content-health-row';
import { feedbackCommentRowSchema } from './feedback-comment-row';
import { handoffRowSchema } from './handoff-row';
import { headlineMetaSchema, headlineRowSchema } from './headline-row';
import { knowledgeQuerySchema, knowledgeRowSchema } from './knowledge-row';
import { monthlyUsageRowSchema } from './monthly-usage-row';
import { partnerClickRowSchema } from './partner-click-row';
import { pathPerformanceRowSchema } from './path-performance-row';
import { branchRowSchema, pathBranchesMetaSchema } from './path-branch-row';
import { dataResponseSchema, listResponseSchema, reportMetaSchema } from './report-meta';
import {
  contentHealthQuerySchema,
  monthlyUsageQuerySchema,
  pathBranchesQuerySchema,
  feedbackCommentsQuerySchema,
  reportQuerySchema,
  unansweredQuerySchema,
  unansweredDetailQuerySchema,
} from './report-query';
import { savingsMetaSchema, savingsRowSchema } from './savings-row';
import {
  savingsParametersRecordSchema,
  savingsParametersSchema,
  savingsParametersUpdateSchema,
} from './savings-parameters';
import { testClientMarkSchema, testClientRowSchema, testClientUpdateSchema } from './test-client';
import { tryRequestSchema } from './try-request';
import { tryResultSchema } from './try-result';
import { unansweredDetailSchema, unansweredRowSchema } from './unanswered-group-row';
import {
  answerFromGroupSchema,
  bulkResultSchema,
  createdAnswerSchema,
  unansweredBulkSchema,
  unansweredMergeSchema,
  unansweredMoveSchema,
  unansweredUpdateSchema,
} from './unanswered-requests';
import { unansweredTrendRowSchema } from './unanswered-trend-row';
import { MAX_SIMILAR_GROUPS, similarGroupRowSchema } from './similar-group-row';
import {
  simulationBaselineSchema,
  simulationOutcomeSchema,
  simulationResultSchema,
  simulationScenarioSchema,
  simulationScenarioSummarySchema,
} from './resource-simulation-types';
import {
  simulationInputSchema,
  simulationResultsRequestSchema,
  simulationScenarioRequestSchema,
} from './simulation-input';

/** One operation of /analytics-api: what it takes, what it answers and who may call it. */
export interface AnalyticsOperation {
  method: 'get' | 'put' | 'post' | 'delete';
  /** OpenAPI path under /analytics-api, with `{param}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: 'reports' | 'unanswered' | 'settings' | 'workbench' | 'question-bank' | 'simulation';
  roles: readonly AnalyticsRole[];
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Named schemas (components) of the request body and the answer. */
  bodyName?: string;
  response: z.ZodType;
  responseName: string;
  /** The success status (200 unless said). */
  status?: 200 | 201 | 202;
  /** `format=csv` answers text/csv. */
  csv?: boolean;
  /** Extra error statuses beyond 400/401/403/429 (404 for ids, 503 when search is needed). */
  errors?: ReadonlyArray<404 | 503>;
}

const ANY: readonly AnalyticsRole[] = ['admin', 'content_expert', 'manager'];
const TRIAGE: readonly AnalyticsRole[] = ['admin', 'content_expert'];
const MANAGE: readonly AnalyticsRole[] = ['admin', 'manager'];

const list = (row: z.ZodType, meta: z.ZodObject = reportMetaSchema) => listResponseSchema(row, meta);

/** A list report: GET, the common query, `{ data, total, meta }`, CSV on request. */
function report(
  path: string,
  operationId: string,
  summary: string,
  row: z.ZodType,
  name: string,
  more: Partial<AnalyticsOperation> = {},
): AnalyticsOperation {
  return {
    method: 'get',
    path,
    operationId,
    summary,
    tag: 'reports',
    roles: ANY,
    query: reportQuerySchema,
    response: list(row),
    responseName: name,
    csv: true,
    ...more,
  };
}

/** Rows and records named in the document's components (referenced from the answers that hold them). */
export const NAMED_ROWS: ReadonlyArray<readonly [string, z.ZodType]> = [
  ['MonthlyUsageRow', monthlyUsageRowSchema],
  ['ContentCountRow', contentCountRowSchema],
  ['PathPerformanceRow', pathPerformanceRowSchema],
  ['BranchRow', branchRowSchema],
  ['PathBranchesMeta', pathBranchesMetaSchema],
  ['AnswerPerformanceRow', answerPerformanceRowSchema],
  ['UnansweredTrendRow', unansweredTrendRowSchema],
  ['UnansweredRow', unansweredRowSchema],
  ['UnansweredDetail', unansweredDetailSchema],
  ['SimilarGroupRow', similarGroupRowSchema],
  ['PartnerClickRow', partnerClickRowSchema],
  ['HandoffRow', handoffRowSchema],
  ['SavingsRow', savingsRowSchema],
  ['SavingsParameters', savingsParametersSchema],
  ['FeedbackCommentRow', feedbackCommentRowSchema],
  ['HeadlineRow', headlineRowSchema],
  ['ReportMeta', reportMetaSchema],
  ['TestClientRow', testClientRowSchema],
  ['ContentHealthRow', contentHealthRowSchema],
  ['ContentHealthMeta', contentHealthMetaSchema],
  ['KnowledgeRow', knowledgeRowSchema],
  ['AnalyticsMe', analyticsMeSchema],
  ['TryResult', tryResultSchema],
  ['BankQuestion', bankQuestionSchema],
  ['BankQuestionRow', bankQuestionRowSchema],
  ['BankRun', bankRunSchema],
  ['BankSummary', bankSummarySchema],
  ['SimulationInput', simulationInputSchema],
  ['SimulationResult', simulationResultSchema],
  ['SimulationScenario', simulationScenarioSchema],
  ['SimulationScenarioSummary', simulationScenarioSummarySchema],
];

/** Every operation of the analytics API, in the order the document lists them. */
export const ANALYTICS_OPERATIONS: readonly AnalyticsOperation[] = [
  {
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    summary: 'The logged-in user and their analytics role',
    tag: 'settings',
    roles: ANY,
    response: dataResponseSchema(analyticsMeSchema),
    responseName: 'MeResponse',
  },
  report(
    '/monthly-usage',
    'listMonthlyUsage',
    'Usage per month (optionally per locale, channel or audience)',
    monthlyUsageRowSchema,
    'MonthlyUsageList',
    { query: monthlyUsageQuerySchema },
  ),
  report(
    '/content-counts',
    'listContentCounts',
    'Published answers and paths per audience at the end of each month',
    contentCountRowSchema,
    'ContentCountList',
  ),
  report(
    '/path-performance',
    'listPathPerformance',
    'Guidance paths: starts, completions and the funnel of steps',
    pathPerformanceRowSchema,
    'PathPerformanceList',
  ),
  report(
    '/path-branches',
    'listPathBranches',
    'One guidance path’s branching funnel: per step and option how many went where, and how many left',
    branchRowSchema,
    'PathBranchList',
    { query: pathBranchesQuerySchema, response: list(branchRowSchema, pathBranchesMetaSchema) },
  ),
  report(
    '/answer-performance',
    'listAnswerPerformance',
    'Answers: times shown and feedback',
    answerPerformanceRowSchema,
    'AnswerPerformanceList',
  ),
  report(
    '/unanswered-trend',
    'listUnansweredTrend',
    'Questions and unanswered questions per month',
    unansweredTrendRowSchema,
    'UnansweredTrendList',
  ),
  report(
    '/unanswered',
    'listUnanswered',
    'Groups of unanswered questions (viewing is written to the access log)',
    unansweredRowSchema,
    'UnansweredList',
    { query: unansweredQuerySchema, tag: 'unanswered' },
  ),
  {
    method: 'get',
    path: '/unanswered/{id}',
    operationId: 'getUnanswered',
    summary: "A group with ≤10 examples and its monthly trend in a period (default: the list's)",
    tag: 'unanswered',
    roles: ANY,
    query: unansweredDetailQuerySchema,
    response: dataResponseSchema(unansweredDetailSchema),
    responseName: 'UnansweredDetailResponse',
    errors: [404],
  },
  {
    method: 'get',
    path: '/unanswered/{id}/similar',
    operationId: 'listSimilarUnanswered',
    summary: `Open groups of the same language that may be the same question (≤${MAX_SIMILAR_GROUPS}, best first)`,
    tag: 'unanswered',
    roles: ANY,
    response: dataResponseSchema(z.array(similarGroupRowSchema).max(MAX_SIMILAR_GROUPS)),
    responseName: 'SimilarGroupsResponse',
    errors: [404],
  },
  {
    method: 'put',
    path: '/unanswered/{id}',
    operationId: 'updateUnanswered',
    summary: 'Set a group’s status, or resolve it with an answer or path',
    tag: 'unanswered',
    roles: TRIAGE,
    body: unansweredUpdateSchema,
    bodyName: 'UnansweredUpdate',
    response: dataResponseSchema(unansweredDetailSchema),
    responseName: 'UnansweredDetailResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/unanswered/bulk',
    operationId: 'bulkUpdateUnanswered',
    summary: 'Set the status of many groups (or resolve them)',
    tag: 'unanswered',
    roles: TRIAGE,
    body: unansweredBulkSchema,
    bodyName: 'UnansweredBulk',
    response: dataResponseSchema(bulkResultSchema),
    responseName: 'BulkResultResponse',
  },
  {
    method: 'post',
    path: '/unanswered/merge',
    operationId: 'mergeUnanswered',
    summary: 'Merge groups into one',
    tag: 'unanswered',
    roles: TRIAGE,
    body: unansweredMergeSchema,
    bodyName: 'UnansweredMerge',
    response: dataResponseSchema(unansweredDetailSchema),
    responseName: 'UnansweredDetailResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/unanswered/{id}/move',
    operationId: 'moveUnansweredExamples',
    summary: 'Move examples into another group or a new one',
    tag: 'unanswered',
    roles: TRIAGE,
    body: unansweredMoveSchema,
    bodyName: 'UnansweredMove',
    response: dataResponseSchema(z.object({ from: unansweredDetailSchema.nullable(), into: unansweredDetailSchema })),
    responseName: 'UnansweredMoveResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/unanswered/{id}/answer',
    operationId: 'answerFromUnanswered',
    summary: 'Create a draft answer from a group and resolve the group with it',
    tag: 'unanswered',
    roles: TRIAGE,
    body: answerFromGroupSchema,
    bodyName: 'AnswerFromGroup',
    response: dataResponseSchema(z.object({ group: unansweredDetailSchema, answer: createdAnswerSchema })),
    responseName: 'AnswerFromGroupResponse',
    errors: [404],
  },
  report('/partner-clicks', 'listPartnerClicks', 'Clicks on partner links', partnerClickRowSchema, 'PartnerClickList'),
  report('/handoffs', 'listHandoffs', 'Handoffs by channel, reason and urgency', handoffRowSchema, 'HandoffList'),
  report(
    '/savings',
    'listSavings',
    'Estimated savings per month (meta: totals and the parameters used)',
    savingsRowSchema,
    'SavingsList',
    { response: list(savingsRowSchema, savingsMetaSchema) },
  ),
  report(
    '/feedback-comments',
    'listFeedbackComments',
    'Residents’ feedback comments, redacted (viewing is logged)',
    feedbackCommentRowSchema,
    'FeedbackCommentList',
    { query: feedbackCommentsQuerySchema },
  ),
  report(
    '/headline',
    'listHeadline',
    'Headline figures beside the previous period',
    headlineRowSchema,
    'HeadlineList',
    { response: list(headlineRowSchema, headlineMetaSchema) },
  ),
  {
    method: 'get',
    path: '/savings-parameters',
    operationId: 'getSavingsParameters',
    summary: 'The parameters of the savings estimate',
    tag: 'settings',
    roles: ANY,
    response: dataResponseSchema(savingsParametersRecordSchema),
    responseName: 'SavingsParametersResponse',
  },
  {
    method: 'put',
    path: '/savings-parameters',
    operationId: 'updateSavingsParameters',
    summary: 'Change the savings parameters',
    tag: 'settings',
    roles: MANAGE,
    body: savingsParametersUpdateSchema,
    bodyName: 'SavingsParametersUpdate',
    response: dataResponseSchema(savingsParametersRecordSchema),
    responseName: 'SavingsParametersResponse',
  },
  {
    method: 'get',
    path: '/test-clients',
    operationId: 'listTestClients',
    summary: 'Bot API tokens whose traffic is test traffic',
    tag: 'settings',
    roles: ANY,
    response: list(testClientRowSchema, z.object({})),
    responseName: 'TestClientList',
  },
  {
    method: 'put',
    path: '/test-clients/{tokenId}',
    operationId: 'markTestClient',
    summary: 'Mark a bot API token’s traffic as test (or not)',
    tag: 'settings',
    roles: MANAGE,
    body: testClientUpdateSchema,
    bodyName: 'TestClientUpdate',
    response: dataResponseSchema(testClientMarkSchema),
    responseName: 'TestClientMarkResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/try',
    operationId: 'tryQuestion',
    summary: 'What the bot would answer and why (records nothing)',
    tag: 'workbench',
    roles: ANY,
    body: tryRequestSchema,
    bodyName: 'TryRequest',
    response: dataResponseSchema(tryResultSchema),
    responseName: 'TryResponse',
    errors: [503],
  },
  {
    method: 'get',
    path: '/content-health',
    operationId: 'listContentHealth',
    summary: 'The content team’s work list',
    tag: 'workbench',
    roles: ANY,
    query: contentHealthQuerySchema,
    response: list(contentHealthRowSchema, contentHealthMetaSchema),
    responseName: 'ContentHealthList',
    csv: true,
  },
  {
    method: 'post',
    path: '/content-health',
    operationId: 'rankContentHealth',
    summary: 'The work list with test questions ranked into the competing pairs',
    tag: 'workbench',
    roles: ANY,
    query: contentHealthQuerySchema,
    body: contentHealthRequestSchema,
    bodyName: 'ContentHealthRequest',
    response: list(contentHealthRowSchema, contentHealthMetaSchema),
    responseName: 'ContentHealthList',
    csv: true,
  },
  {
    method: 'get',
    path: '/knowledge',
    operationId: 'searchKnowledge',
    summary: 'Autocomplete over published content (≤ 20 rows)',
    tag: 'workbench',
    roles: ANY,
    query: knowledgeQuerySchema,
    response: z.object({ data: z.array(knowledgeRowSchema), total: z.number().int() }),
    responseName: 'KnowledgeList',
  },
  {
    method: 'get',
    path: '/question-bank/questions',
    operationId: 'listBankQuestions',
    summary: 'Bank questions with their latest published result',
    tag: 'question-bank',
    roles: ANY,
    query: bankQuestionQuerySchema,
    response: z.object({ data: z.array(bankQuestionRowSchema), total: z.number().int() }),
    responseName: 'BankQuestionList',
  },
  {
    method: 'get',
    path: '/question-bank/questions/{id}',
    operationId: 'getBankQuestion',
    summary: 'A bank question',
    tag: 'question-bank',
    roles: ANY,
    response: dataResponseSchema(bankQuestionSchema),
    responseName: 'BankQuestionResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/question-bank/questions',
    operationId: 'createBankQuestion',
    summary: 'Add a bank question',
    tag: 'question-bank',
    roles: TRIAGE,
    body: bankQuestionInputSchema,
    bodyName: 'BankQuestionInput',
    response: dataResponseSchema(bankQuestionSchema),
    responseName: 'BankQuestionResponse',
    status: 201,
  },
  {
    method: 'put',
    path: '/question-bank/questions/{id}',
    operationId: 'updateBankQuestion',
    summary: 'Change a bank question',
    tag: 'question-bank',
    roles: TRIAGE,
    body: bankQuestionInputSchema,
    bodyName: 'BankQuestionInput',
    response: dataResponseSchema(bankQuestionSchema),
    responseName: 'BankQuestionResponse',
    errors: [404],
  },
  {
    method: 'delete',
    path: '/question-bank/questions/{id}',
    operationId: 'deleteBankQuestion',
    summary: 'Delete a bank question',
    tag: 'question-bank',
    roles: TRIAGE,
    response: dataResponseSchema(z.object({ id: z.number().int() })),
    responseName: 'DeletedResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/question-bank/runs',
    operationId: 'requestBankRun',
    summary: 'Queue a run against the published content or the drafts',
    tag: 'question-bank',
    roles: TRIAGE,
    body: bankRunRequestSchema,
    bodyName: 'BankRunRequest',
    response: dataResponseSchema(bankRunSchema),
    responseName: 'BankRunResponse',
    status: 202,
  },
  {
    method: 'get',
    path: '/question-bank/runs',
    operationId: 'listBankRuns',
    summary: 'The latest runs',
    tag: 'question-bank',
    roles: ANY,
    query: bankRunsQuerySchema,
    response: dataResponseSchema(z.array(bankRunSchema)),
    responseName: 'BankRunList',
  },
  {
    method: 'get',
    path: '/question-bank/runs/{id}',
    operationId: 'getBankRun',
    summary: 'A run with its results',
    tag: 'question-bank',
    roles: ANY,
    response: dataResponseSchema(bankRunDetailSchema),
    responseName: 'BankRunDetailResponse',
    errors: [404],
  },
  {
    method: 'get',
    path: '/question-bank/summary',
    operationId: 'getBankSummary',
    summary: 'Latest run per content, what changed, and the pending runs',
    tag: 'question-bank',
    roles: ANY,
    response: dataResponseSchema(bankSummarySchema),
    responseName: 'BankSummaryResponse',
  },
  {
    method: 'get',
    path: '/simulation/baseline',
    operationId: 'getSimulationBaseline',
    summary: 'Conversations the bot resolved in the last 12 full months, and the default costs',
    tag: 'simulation',
    roles: ANY,
    response: dataResponseSchema(simulationBaselineSchema),
    responseName: 'SimulationBaselineResponse',
  },
  {
    method: 'post',
    path: '/simulation/results',
    operationId: 'simulateResources',
    summary: 'Hours, persons and costs of an input (records nothing)',
    tag: 'simulation',
    roles: ANY,
    body: simulationResultsRequestSchema,
    bodyName: 'SimulationResultsRequest',
    response: dataResponseSchema(simulationOutcomeSchema),
    responseName: 'SimulationResultsResponse',
  },
  {
    method: 'get',
    path: '/simulation/scenarios',
    operationId: 'listSimulationScenarios',
    summary: 'The saved scenarios',
    tag: 'simulation',
    roles: ANY,
    response: z.object({ data: z.array(simulationScenarioSummarySchema), total: z.number().int().min(0) }),
    responseName: 'SimulationScenarioList',
  },
  {
    method: 'get',
    path: '/simulation/scenarios/{id}',
    operationId: 'getSimulationScenario',
    summary: 'A saved scenario with its results',
    tag: 'simulation',
    roles: ANY,
    response: dataResponseSchema(simulationScenarioSchema),
    responseName: 'SimulationScenarioResponse',
    errors: [404],
  },
  {
    method: 'post',
    path: '/simulation/scenarios',
    operationId: 'saveSimulationScenario',
    summary: 'Save a named scenario (a known name replaces it)',
    tag: 'simulation',
    roles: MANAGE,
    body: simulationScenarioRequestSchema,
    bodyName: 'SimulationScenarioRequest',
    response: dataResponseSchema(simulationScenarioSchema),
    responseName: 'SimulationScenarioResponse',
  },
  {
    method: 'delete',
    path: '/simulation/scenarios/{id}',
    operationId: 'deleteSimulationScenario',
    summary: 'Delete a saved scenario',
    tag: 'simulation',
    roles: MANAGE,
    response: dataResponseSchema(z.object({ id: z.number().int() })),
    responseName: 'SimulationScenarioDeleted',
  },
];
