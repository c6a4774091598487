import { errors } from '@strapi/utils';
import { failValidation } from '../validation-failure';
import { CONTENT_EXPERT_ROLE_CODE, MANAGER_ROLE_CODE } from '../bootstrap/ensure-roles';
import {
  answerFromGroupSchema,
  contentHealthQuerySchema,
  feedbackCommentsQuerySchema,
  pathBranchesQuerySchema,
  knowledgeQuerySchema,
  monthlyUsageQuerySchema,
  savingsParametersUpdateSchema,
  testClientUpdateSchema,
  unansweredBulkSchema,
  unansweredMergeSchema,
  unansweredMoveSchema,
  unansweredQuerySchema,
  unansweredUpdateSchema,
  type AnalyticsRole,
  type GroupStatus,
  type HealthKind,
  type UnansweredGroup,
} from '@botkb/contract';
import type { AnalyticsService } from './analytics-service';
import type { BotService } from '../bot/bot-service';
import { TRY_FIELDS, validateAskRequest } from '../bot/validate-ask-request';
import { respondSearchUnavailable } from '../respond-search-unavailable';
import { pageRows, parseReportQuery, type ReportQuery } from './report-query';
import { toCsv } from './to-csv';
import { respondTooManyRequests } from '../respond-too-many-requests';
import { monthlyUsage } from './reports/monthly-usage';
import { contentCounts } from './reports/content-counts';
import { pathPerformance } from './reports/path-performance';
import { answerPerformance } from './reports/answer-performance';
import { unansweredTrend } from './reports/unanswered-trend';
import { partnerClicks } from './reports/partner-clicks';
import { handoffs } from './reports/handoffs';
import { savings } from './reports/savings';
import { headline } from './reports/headline';
import { feedbackComments } from './reports/feedback-comments';
import { pathBranchSums, shapeBranches } from './reports/path-branches';
import { designerUrl } from '../designer/designer-route';
import { partialMonths } from './report-periods';
import { helsinkiDay } from './helsinki-day';
import { unansweredGroups, withGroupDetails } from './reports/unanswered';
import { parseInput } from './parse-input';
import { titleOf } from './content-catalog';
import type { TestQuestion } from './reports/content-health';
import { HEALTH_KINDS, HEALTH_RULES } from './health/content-health-rules';
import { validateTestQuestions } from './health/validate-test-questions';
import { foldDiacritics, type EntryKind } from '@botkb/search';
import { parseKnowledgeContent } from '../search/knowledge-content';
import { rowIdParam } from '../http/row-id-param';
import type { QuestionBank } from '../question-bank/question-bank';
import { questionBankRoutes } from '../question-bank/question-bank-routes';
import { TABLES } from './analytics-tables';
import { simulationRoutes } from './simulation-routes';

type Role = AnalyticsRole;
type Ctx = any;

const ROLE_BY_CODE: Record<string, Role> = {
  'strapi-super-admin': 'admin',
  [CONTENT_EXPERT_ROLE_CODE]: 'content_expert',
  [MANAGER_ROLE_CODE]: 'manager',
};

/** The analytics role of the logged-in admin user (highest of their roles), or a 403. */
function roleOf(ctx: Ctx): Role {
  const codes: string[] = (ctx.state.user?.roles ?? []).map((r: { code: string }) => r.code);
  for (const role of ['admin', 'content_expert', 'manager'] as const)
    if (codes.some((c) => ROLE_BY_CODE[c] === role)) return role;
  throw new errors.ForbiddenError('Analytics are for managers and content experts');
}
const canTriage = (role: Role) => role !== 'manager';
const canEditSavings = (role: Role) => role !== 'content_expert';

/** Permissions some routes require beyond an analytics role, with the 403 message for roles without them. */
const PERMISSIONS = {
  triage: { allowed: canTriage, message: 'Only content experts can triage unanswered questions' },
  editSavings: { allowed: canEditSavings, message: 'Only managers can change the savings parameters' },
  markTestTraffic: { allowed: canEditSavings, message: 'Only managers and administrators can mark test traffic' },
  saveScenarios: {
    allowed: canEditSavings,
    message: 'Only managers and administrators can save or delete simulation scenarios',
  },
} as const;

export interface RouteOptions {
  /**
   * The answer reads question counts (questions, answered, unanswered) or
   * unanswered-question groups or conversations resolved by the bot (savings),
   * which come from the ask record: roll up asks
   * recorded since the last rollup first, so it always matches the record.
   */
  asks?: boolean;
  /** Only roles with this permission may call the route. */
  requires?: keyof typeof PERMISSIONS;
}

function respond(
  ctx: Ctx,
  name: string,
  q: ReportQuery,
  result: { data: Array<Record<string, unknown>>; total: number },
  meta: Record<string, unknown> = {},
  columns?: string[],
) {
  if (q.csv) {
    ctx.set('Content-Disposition', `attachment; filename="${name}-${q.from}-${q.to}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = toCsv(result.data, columns);
    return;
  }
  // Months the figures cover only in part (the current month "so far"): the UI marks them.
  const partial = partialMonths(q.from, q.to, helsinkiDay(Date.now()));
  const rangeMeta = { from: q.from, to: q.to, partialMonths: partial };
  ctx.body = { data: result.data, total: result.total, meta: { ...rangeMeta, ...meta } };
}

const groupId = (ctx: Ctx): number => rowIdParam(ctx, 'group');

/** Declares one analytics route (see analyticsRoutes). */
export type AnalyticsRoute = (
  method: string,
  path: string,
  opts: RouteOptions,
  handler: (ctx: Ctx, role: Role) => Promise<void>,
) => object;

/** A request body with a contract schema; a missing body is `{}`. */
const bodyOf = <S extends Parameters<typeof parseInput>[0]>(ctx: Ctx, schema: S) =>
  parseInput(schema, ctx.request.body ?? {}) as ReturnType<typeof parseInput<S>>;

/** The analytics REST API (admin-panel sessions only), mounted at /analytics-api. */
export function analyticsRoutes(analytics: AnalyticsService, bot: BotService, bank: QuestionBank) {
  const knex = () => analytics.knex;
  // Every route is rate-limited per user (429) and needs an analytics role (else 403),
  // checked after the ask rollup (see RouteOptions).
  const route: AnalyticsRoute = (method, path, opts, handler) => ({
    method,
    path,
    handler: async (ctx: Ctx) => {
      const wait = await analytics.limiter.take(`admin:${ctx.state.user?.id}`);
      if (wait > 0) return respondTooManyRequests(ctx, wait);
      if (opts.asks) await analytics.catchUp();
      const role = roleOf(ctx);
      if (opts.requires && !PERMISSIONS[opts.requires].allowed(role))
        throw new errors.ForbiddenError(PERMISSIONS[opts.requires].message);
      await handler(ctx, role);
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
  return {
    type: 'admin' as const,
    prefix: '/analytics-api',
    routes: [
      route('GET', '/me', {}, async (ctx, role) => {
        const u = ctx.state.user;
        ctx.body = {
          data: {
            email: u.email,
            firstname: u.firstname ?? '',
            lastname: u.lastname ?? '',
            role,
            canTriage: canTriage(role),
            canEditSavings: canEditSavings(role),
          },
        };
      }),
      route('GET', '/monthly-usage', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query, monthlyUsageQuerySchema);
        const rows = await monthlyUsage(knex(), q, q.params.breakdown);
        respond(ctx, 'monthly-usage', q, pageRows(rows, q, 'month', 'ASC'));
      }),
      route('GET', '/content-counts', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        respond(
          ctx,
          'content-counts',
          q,
          pageRows(await contentCounts(knex(), { ...q, channel: undefined }), q, 'month', 'ASC'),
        );
      }),
      route('GET', '/path-performance', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { entries } = await analytics.catalog.read();
        const rows = await pathPerformance(knex(), q, entries);
        respond(ctx, 'path-performance', q, pageRows(rows, q, 'starts', 'DESC'), {}, [
          'slug',
          'title',
          'audience',
          'starts',
          'completions',
          'abandonments',
          'completionRate',
          'steps',
        ]);
      }),
      // One path's branching funnel: per step and option how many went where, and how many left there.
      route('GET', '/path-branches', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query, pathBranchesQuerySchema);
        const slug = q.params.path;
        const { entries } = await analytics.catalog.read();
        const entry = entries.get(`path:${slug}`);
        const steps = entry ? await analytics.publishedPathSteps(entry.documentId) : [];
        const { sums, ...figures } = await pathBranchSums(knex(), q, slug);
        const locale = q.locale ?? 'fi';
        const shaped = shapeBranches(steps, sums, locale);
        const path = {
          slug,
          title: titleOf(entry, slug, locale),
          documentId: entry?.documentId ?? null,
          ...figures,
          adminUrl: entry ? analytics.adminUrl('path', entry.documentId, locale) : null,
          designerUrl: entry ? designerUrl(entry.documentId) : null,
        };
        const columns = [
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
        respond(
          ctx,
          `path-branches-${slug}`,
          q,
          pageRows(shaped.rows, q, 'order', 'ASC'),
          { path, steps: shaped.steps },
          columns,
        );
      }),
      route('GET', '/answer-performance', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { entries } = await analytics.catalog.read();
        respond(
          ctx,
          'answer-performance',
          q,
          pageRows(await answerPerformance(knex(), q, entries), q, 'shown', 'DESC'),
        );
      }),
      route('GET', '/unanswered-trend', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        respond(ctx, 'unanswered-trend', q, pageRows(await unansweredTrend(knex(), q), q, 'month', 'ASC'));
      }),
      route('GET', '/unanswered', { asks: true }, async (ctx) => {
        const sortable = ['count', 'totalCount', 'lastSeen', 'firstSeen', 'label', 'status'];
        const q = parseReportQuery(ctx.query, unansweredQuerySchema, sortable);
        const statuses = q.params.status?.split(',').filter(Boolean) as GroupStatus[] | undefined;
        const text = q.params.q?.trim();
        const rows = await unansweredGroups(knex(), q, { statuses, q: text || undefined });
        const page = pageRows(rows, q, 'count', 'DESC');
        const details = { examples: 3, retentionDays: analytics.config.retentionDays };
        const data = await withLinks(analytics, await withGroupDetails(knex(), page.data, details));
        await analytics.logAccess(
          ctx.state.user.email,
          q.csv ? 'export_unanswered' : 'list_unanswered',
          `${q.from}..${q.to}`,
        );
        const columns = [
          'id',
          'label',
          'examplesExpired',
          'status',
          'count',
          'totalCount',
          'firstSeen',
          'lastSeen',
          'locales',
          'examples',
          'resolution',
        ];
        respond(ctx, 'unanswered', q, { data, total: page.total }, {}, columns);
      }),
      route('GET', '/unanswered/:id', { asks: true }, async (ctx) => {
        const [group] = await withLinks(analytics, [await analytics.group(groupId(ctx))]);
        await analytics.logAccess(ctx.state.user.email, 'view_unanswered_group', group.id);
        ctx.body = { data: group };
      }),
      route('PUT', '/unanswered/:id', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        const body = bodyOf(ctx, unansweredUpdateSchema);
        const by = ctx.state.user.email as string;
        if (body.status === 'resolved') {
          const { target, phrasing } = body;
          await analytics.resolveGroup(id, target, phrasing?.trim() ? phrasing : null, by);
          // The group's examples become bank questions expecting the entry, so a later change that loses them shows.
          await bank.addResolvedGroup(await knex()(TABLES.groups).where({ id }).first('id', 'locale'), target.slug, by);
        } else {
          await analytics.assertGroupListed(id);
          await analytics.setGroupStatus([id], body.status, by);
        }
        ctx.body = { data: (await withLinks(analytics, [await analytics.group(id)]))[0] };
      }),
      route('POST', '/unanswered/bulk', { asks: true, requires: 'triage' }, async (ctx) => {
        const body = bodyOf(ctx, unansweredBulkSchema);
        const by = ctx.state.user.email as string;
        const updated =
          body.status === 'resolved'
            ? await analytics.resolveGroups(body.ids, body.target, by)
            : await analytics.setGroupStatus(body.ids, body.status, by);
        ctx.body = { data: { updated } };
      }),
      // Merges groups the grouping kept apart into `into`; their later asks join it.
      route('POST', '/unanswered/merge', { asks: true, requires: 'triage' }, async (ctx) => {
        const { into, ids } = bodyOf(ctx, unansweredMergeSchema);
        await analytics.mergeGroups(into, ids, ctx.state.user.email);
        ctx.body = { data: (await withLinks(analytics, [await analytics.group(into)]))[0] };
      }),
      // Moves examples out of a wrong group into another group (`into`) or a new one.
      route('POST', '/unanswered/:id/move', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        const { texts, into } = bodyOf(ctx, unansweredMoveSchema);
        const target = await analytics.moveExamples(id, texts, into ?? null, ctx.state.user.email);
        // A group whose every ask moved out is no longer listed: `from` is then null.
        const from = await analytics
          .group(id)
          .catch((e) => (e instanceof errors.NotFoundError ? null : Promise.reject(e)));
        const [moved] = await withLinks(analytics, [await analytics.group(target)]);
        ctx.body = { data: { from: from && (await withLinks(analytics, [from]))[0], into: moved } };
      }),
      // A draft answer made from the group (its label as title, examples as phrasings); resolves the group.
      route('POST', '/unanswered/:id/answer', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        bodyOf(ctx, answerFromGroupSchema);
        await analytics.assertGroupListed(id);
        const answer = await analytics.createAnswerFromGroup(id, ctx.state.user.email);
        ctx.body = { data: { group: (await withLinks(analytics, [await analytics.group(id)]))[0], answer } };
      }),
      route('GET', '/partner-clicks', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { partners } = await analytics.catalog.read();
        respond(ctx, 'partner-clicks', q, pageRows(await partnerClicks(knex(), q, partners), q, 'clicks', 'DESC'));
      }),
      route('GET', '/handoffs', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        respond(ctx, 'handoffs', q, pageRows(await handoffs(knex(), q), q, 'count', 'DESC'));
      }),
      route('GET', '/savings', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const parameters = await analytics.savingsParameters();
        const { rows, totals } = await savings(knex(), q, parameters);
        respond(ctx, 'savings', q, pageRows(rows, q, 'month', 'ASC'), { totals, parameters });
      }),
      // Residents' feedback comments (redacted): every view or export is written to the access log.
      route('GET', '/feedback-comments', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query, feedbackCommentsQuerySchema, ['at', 'helpful']);
        const { kind, slug, helpful } = q.params;
        const only = { kind, slug, helpful: helpful === undefined ? undefined : helpful === 'true' };
        const page = pageRows(await feedbackComments(knex(), q, only), q, 'at', 'DESC');
        const action = q.csv ? 'export_feedback_comments' : 'list_feedback_comments';
        const target = [`${q.from}..${q.to}`, kind, slug, helpful && `helpful=${helpful}`].filter(Boolean).join(' ');
        await analytics.logAccess(ctx.state.user.email, action, target.slice(0, 200));
        respond(ctx, 'feedback-comments', q, page);
      }),
      route('GET', '/headline', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { figures, previous } = await headline(knex(), q, await analytics.savingsParameters());
        const rows = figures.map((f) => ({ id: f.key, ...f }));
        respond(ctx, 'headline', q, { data: rows, total: rows.length }, { previous });
      }),
      route('GET', '/savings-parameters', {}, async (ctx) => {
        ctx.body = { data: { id: 'savings-parameters', ...(await analytics.savingsParameters()) } };
      }),
      route('PUT', '/savings-parameters', { requires: 'editSavings' }, async (ctx) => {
        const body = parseInput(savingsParametersUpdateSchema, ctx.request.body, 'is not a savings parameter');
        const { id: _id, ...p } = body;
        await analytics.saveSavingsParameters(p, ctx.state.user.email);
        ctx.body = { data: { id: 'savings-parameters', ...p } };
      }),
      route('GET', '/test-clients', {}, async (ctx) => {
        const rows = (await analytics.testClients.list()).map((c) => ({ id: c.clientId, ...c }));
        ctx.body = { data: rows, total: rows.length, meta: {} };
      }),
      // Marks a bot token as test (or not): its traffic from then on is kept out of the reports by default.
      route('PUT', '/test-clients/:tokenId', { requires: 'markTestTraffic' }, async (ctx) => {
        const raw = String(ctx.params.tokenId);
        if (!/^\d{1,9}$/.test(raw)) failValidation(['tokenId'], 'must be the id of a bot API token');
        const { test } = bodyOf(ctx, testClientUpdateSchema);
        const clientId = await analytics.markTestToken(Number(raw), test, ctx.state.user.email);
        ctx.body = { data: { id: clientId, clientId, test } };
      }),
      // What the bot would answer and why; any analytics role may try. Records nothing.
      route('POST', '/try', {}, async (ctx) => {
        const request = validateAskRequest(ctx.request.body, bot.config.maxQuestionLength, TRY_FIELDS);
        const content = parseKnowledgeContent((ctx.request.body as Record<string, unknown>).content);
        const asker = bot.asker(content);
        if (!asker) return respondSearchUnavailable(ctx);
        const result = await asker.explain(request);
        const { entries } = await analytics.catalog.read();
        const adminUrl = (kind: EntryKind, slug: string, locale: string) => {
          const e = entries.get(`${kind}:${slug}`);
          return e ? analytics.adminUrl(e.kind, e.documentId, locale) : null;
        };
        const linked = <T extends { kind: EntryKind; slug: string; locale: string }>(e: T) => ({
          ...e,
          adminUrl: adminUrl(e.kind, e.slug, e.locale),
        });
        const candidates = result.explanation.candidates.map(linked);
        const explanation = { ...result.explanation, candidates };
        ctx.body = { data: { ...result, content, answer: result.answer && linked(result.answer), explanation } };
      }),
      route('GET', '/content-health', { asks: true }, async (ctx) => {
        await respondContentHealth(ctx, analytics, bot, []);
      }),
      // The same list with test questions ranked in as well (the question bank's, later).
      route('POST', '/content-health', { asks: true }, async (ctx) => {
        const tests = validateTestQuestions(ctx.request.body, bot.config.maxQuestionLength);
        await respondContentHealth(ctx, analytics, bot, tests);
      }),
      route('GET', '/knowledge', {}, async (ctx) => {
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
      }),
      ...questionBankRoutes(route, bank, analytics),
      ...simulationRoutes(route, knex, analytics.scenarios),
    ],
  };
}

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

/** The content-health list filtered by `kind` (comma-separated) and `owner`, with counts per kind and the rules. */
async function respondContentHealth(ctx: Ctx, analytics: AnalyticsService, bot: BotService, tests: TestQuestion[]) {
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
  respond(ctx, 'content-health', q, pageRows(listed, q, 'rank', 'DESC'), meta, HEALTH_COLUMNS);
}

/** Adds the linked content's title and admin-panel URL to each group's resolution. */
async function withLinks<T extends UnansweredGroup>(analytics: AnalyticsService, rows: T[]): Promise<T[]> {
  const { entries } = await analytics.catalog.read();
  return rows.map((r) => {
    if (!r.resolution) return r;
    const locale = r.locales[0] ?? 'fi';
    const e = entries.get(`${r.resolution.kind}:${r.resolution.slug}`);
    return {
      ...r,
      resolution: {
        ...r.resolution,
        title: titleOf(e, r.resolution.slug, locale),
        adminUrl: e ? analytics.adminUrl(e.kind, e.documentId, locale) : null,
      },
    };
  });
}
