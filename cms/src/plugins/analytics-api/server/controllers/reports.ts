import {
  contentHealthQuerySchema,
  feedbackCommentsQuerySchema,
  knowledgeQuerySchema,
  monthlyUsageQuerySchema,
  pathBranchesQuerySchema,
  type HealthKind,
} from '@botkb/contract';
import { foldDiacritics } from '@botkb/search';
import { namingLocale, pageRows, parseReportQuery } from '../../../../analytics/report-query';
import { monthlyUsage } from '../../../../analytics/reports/monthly-usage';
import { contentCounts } from '../../../../analytics/reports/content-counts';
import { pathPerformance } from '../../../../analytics/reports/path-performance';
import { answerPerformance } from '../../../../analytics/reports/answer-performance';
import { unansweredTrend } from '../../../../analytics/reports/unanswered-trend';
import { partnerClicks } from '../../../../analytics/reports/partner-clicks';
import { handoffs } from '../../../../analytics/reports/handoffs';
import { savings } from '../../../../analytics/reports/savings';
import { headline } from '../../../../analytics/reports/headline';
import { feedbackComments } from '../../../../analytics/reports/feedback-comments';
import { pathBranchSums, shapeBranches } from '../../../../analytics/reports/path-branches';
import type { TestQuestion } from '../../../../analytics/reports/content-health';
import { HEALTH_KINDS, HEALTH_RULES } from '../../../../analytics/health/content-health-rules';
import { validateTestQuestions } from '../../../../analytics/health/validate-test-questions';
import { parseInput } from '../../../../analytics/parse-input';
import { titleIn, titleOf } from '../../../../analytics/content-catalog';
import { designerUrl } from '../../../../designer/designer-route';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';
import { respondReport } from '../respond-report';
import { simpleReport } from '../simple-report';

type Ctx = any;

const PATH_PERFORMANCE_COLUMNS = [
  'slug',
  'title',
  'audience',
  'starts',
  'completions',
  'abandonments',
  'completionRate',
  'steps',
];
const PATH_BRANCH_COLUMNS = [
  'stepNumber',
  'stepKey',
  'stepTitle',
  'option',
  'optionLabel',
  'target',
  'targetKey',
  'targetTitle',
  'count',
  'share',
];
const HEALTH_COLUMNS = [
  'kind',
  'severity',
  'entryKind',
  'slug',
  'title',
  'owner',
  'reviewDue',
  'days',
  'shown',
  'feedback',
  'helpfulRate',
  'other',
  'count',
  'examples',
  'adminUrl',
];

/** The reports: monthly figures, content, paths, answers, partners, handoffs, savings, feedback, health. */
export function reportsController({ analytics, bot }: AnalyticsDeps) {
  const knex = () => analytics.knex;

  /** The content-health list filtered by `kind` (comma-separated) and `owner`, with counts per kind and the rules. */
  async function respondContentHealth(ctx: Ctx, tests: TestQuestion[]) {
    const sortable = ['rank', 'kind', 'slug', 'owner', 'reviewDue', 'count', 'days'];
    const q = parseReportQuery(ctx.query, contentHealthQuerySchema, sortable);
    const kinds = q.params.kind?.split(',').filter(Boolean) as HealthKind[] | undefined;
    const asker = bot.asker();
    const rows = await analytics.contentHealth(q, tests, asker && ((t) => asker.rank(t)));
    const owners = [...new Set(rows.map((r) => r.owner).filter((o): o is string => o !== null))].sort();
    const ofOwner = q.params.owner === undefined ? rows : rows.filter((r) => r.owner === q.params.owner);
    const counts = Object.fromEntries(HEALTH_KINDS.map((k) => [k, ofOwner.filter((r) => r.kind === k).length]));
    const listed = kinds ? ofOwner.filter((r) => kinds.includes(r.kind)) : ofOwner;
    await analytics.logAccess(
      ctx.state.user.email,
      q.csv ? 'export_content_health' : 'list_content_health',
      `${q.from}..${q.to}`,
    );
    const meta = { counts, owners, rules: HEALTH_RULES, searchAvailable: asker !== null };
    respondReport(ctx, 'content-health', q, pageRows(listed, q, 'rank', 'DESC'), meta, HEALTH_COLUMNS);
  }

  // The reports that are only rows of a query, with their default sort.
  const simpleReports = {
    monthlyUsage: simpleReport({
      name: 'monthly-usage',
      schema: monthlyUsageQuerySchema,
      sort: ['month', 'ASC'],
      rows: (q) => monthlyUsage(knex(), q, q.params.breakdown),
    }),
    contentCounts: simpleReport({
      name: 'content-counts',
      sort: ['month', 'ASC'],
      rows: (q) => contentCounts(knex(), { ...q, channel: undefined }),
    }),
    pathPerformance: simpleReport({
      name: 'path-performance',
      sort: ['starts', 'DESC'],
      columns: PATH_PERFORMANCE_COLUMNS,
      rows: async (q) => pathPerformance(knex(), q, (await analytics.catalog.read()).entries),
    }),
    answerPerformance: simpleReport({
      name: 'answer-performance',
      sort: ['shown', 'DESC'],
      rows: async (q) => answerPerformance(knex(), q, (await analytics.catalog.read()).entries),
    }),
    unansweredTrend: simpleReport({
      name: 'unanswered-trend',
      sort: ['month', 'ASC'],
      rows: (q) => unansweredTrend(knex(), q),
    }),
    partnerClicks: simpleReport({
      name: 'partner-clicks',
      sort: ['clicks', 'DESC'],
      rows: async (q) => partnerClicks(knex(), q, (await analytics.catalog.read()).partners),
    }),
    handoffs: simpleReport({ name: 'handoffs', sort: ['count', 'DESC'], rows: (q) => handoffs(knex(), q) }),
  } satisfies Record<string, AnalyticsAction>;

  return {
    ...simpleReports,
    // One path's branching funnel: per step and option how many went where, and how many left there.
    pathBranches: async (ctx) => {
      const q = parseReportQuery(ctx.query, pathBranchesQuerySchema);
      const slug = q.params.path;
      const { entries } = await analytics.catalog.read();
      const entry = entries.get(`path:${slug}`);
      const steps = entry ? await analytics.publishedPathSteps(entry.documentId) : [];
      const { sums, ...figures } = await pathBranchSums(knex(), q, slug);
      const locale = namingLocale(q) ?? 'fi';
      const shaped = shapeBranches(steps, sums, locale);
      const path = {
        slug,
        ...titleIn(entry, slug, locale),
        documentId: entry?.documentId ?? null,
        ...figures,
        adminUrl: entry ? analytics.adminUrl('path', entry.documentId, locale) : null,
        designerUrl: entry ? designerUrl(entry.documentId) : null,
      };
      const page = pageRows(shaped.rows, q, 'order', 'ASC');
      respondReport(ctx, `path-branches-${slug}`, q, page, { path, steps: shaped.steps }, PATH_BRANCH_COLUMNS);
    },
    savings: async (ctx) => {
      const q = parseReportQuery(ctx.query);
      const parameters = await analytics.savingsParameters();
      const { rows, totals } = await savings(knex(), q, parameters);
      respondReport(ctx, 'savings', q, pageRows(rows, q, 'month', 'ASC'), { totals, parameters });
    },
    // Residents' feedback comments (redacted): every view or export is written to the access log.
    feedbackComments: async (ctx) => {
      const q = parseReportQuery(ctx.query, feedbackCommentsQuerySchema, ['at', 'helpful']);
      const { kind, slug, helpful } = q.params;
      const only = { kind, slug, helpful: helpful === undefined ? undefined : helpful === 'true' };
      const page = pageRows(await feedbackComments(knex(), q, only), q, 'at', 'DESC');
      const action = q.exported ? 'export_feedback_comments' : 'list_feedback_comments';
      const target = [`${q.from}..${q.to}`, kind, slug, helpful && `helpful=${helpful}`].filter(Boolean).join(' ');
      await analytics.logAccess(ctx.state.user.email, action, target.slice(0, 200));
      respondReport(ctx, 'feedback-comments', q, page);
    },
    headline: async (ctx) => {
      const q = parseReportQuery(ctx.query);
      const { figures, previous } = await headline(knex(), q, await analytics.savingsParameters());
      const rows = figures.map((f) => ({ id: f.key, ...f }));
      respondReport(ctx, 'headline', q, { data: rows, total: rows.length }, { previous });
    },
    contentHealth: async (ctx) => {
      await respondContentHealth(ctx, []);
    },
    // The same list with test questions ranked in as well (the question bank's, later).
    rankContentHealth: async (ctx) => {
      const tests = validateTestQuestions(ctx.request.body, bot.config.maxQuestionLength);
      await respondContentHealth(ctx, tests);
    },
    knowledge: async (ctx) => {
      const { q = '', kind, locale = 'fi' } = parseInput(knowledgeQuerySchema, ctx.query);
      const needle = foldDiacritics(q.toLowerCase().trim());
      const { entries } = await analytics.catalog.read();
      const data = [...entries.values()]
        .filter(
          (e) =>
            (!kind || e.kind === kind) &&
            (!needle ||
              foldDiacritics(`${e.slug} ${Object.values(e.titles).join(' ')}`.toLowerCase()).includes(needle)),
        )
        .slice(0, 20)
        .map((e) => ({
          id: `${e.kind}:${e.slug}`,
          kind: e.kind,
          slug: e.slug,
          title: titleOf(e, e.slug, locale),
          locale,
          locales: Object.keys(e.titles),
          adminUrl: analytics.adminUrl(e.kind, e.documentId, locale),
        }));
      ctx.body = { data, total: data.length };
    },
  } satisfies Record<string, AnalyticsAction>;
}
