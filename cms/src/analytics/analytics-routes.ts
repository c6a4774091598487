import { errors } from '@strapi/utils';
import { failValidation } from '../validation-failure';
import { CONTENT_EXPERT_ROLE_CODE, MANAGER_ROLE_CODE } from '../bootstrap/ensure-roles';
import { SLUG_PATTERN } from '@botkb/contract';
import type { AnalyticsService } from './analytics-service';
import type { BotService } from '../bot/bot-service';
import { TRY_FIELDS, validateAskRequest } from '../bot/validate-ask-request';
import { respondSearchUnavailable } from '../respond-search-unavailable';
import { pageRows, parseReportQuery, type ReportQuery } from './report-query';
import { toCsv } from './to-csv';
import { respondTooManyRequests } from '../respond-too-many-requests';
import { monthlyUsage, type Breakdown } from './reports/monthly-usage';
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
import { GROUP_STATUSES, unansweredGroups, withGroupDetails, type GroupRow, type GroupStatus } from './reports/unanswered';
import { validateSavingsParameters } from './savings-parameters';
import { titleOf } from './content-catalog';
import type { TestQuestion } from './reports/content-health';
import { HEALTH_KINDS, HEALTH_RULES, type HealthKind } from './health/content-health-rules';
import { validateTestQuestions } from './health/validate-test-questions';
import { MAX_EXAMPLES } from './unanswered-groups';
import { foldDiacritics, isSearchLocale, type EntryKind } from '@botkb/search';
import { parseKnowledgeContent } from '../search/knowledge-content';
import { isRowId, rowIdParam } from '../http/row-id-param';
import type { QuestionBank } from '../question-bank/question-bank';
import { questionBankRoutes } from '../question-bank/question-bank-routes';
import { TABLES } from './analytics-tables';
import { simulationRoutes } from './simulation-routes';

type Role = 'admin' | 'content_expert' | 'manager';
type Ctx = any;

const ROLE_BY_CODE: Record<string, Role> = { 'strapi-super-admin': 'admin', [CONTENT_EXPERT_ROLE_CODE]: 'content_expert', [MANAGER_ROLE_CODE]: 'manager' };

/** The analytics role of the logged-in admin user (highest of their roles), or a 403. */
function roleOf(ctx: Ctx): Role {
  const codes: string[] = (ctx.state.user?.roles ?? []).map((r: { code: string }) => r.code);
  for (const role of ['admin', 'content_expert', 'manager'] as const) if (codes.some((c) => ROLE_BY_CODE[c] === role)) return role;
  throw new errors.ForbiddenError('Analytics are for managers and content experts');
}
const canTriage = (role: Role) => role !== 'manager';
const canEditSavings = (role: Role) => role !== 'content_expert';

/** Permissions some routes require beyond an analytics role, with the 403 message for roles without them. */
const PERMISSIONS = {
  triage: { allowed: canTriage, message: 'Only content experts can triage unanswered questions' },
  editSavings: { allowed: canEditSavings, message: 'Only managers can change the savings parameters' },
  markTestTraffic: { allowed: canEditSavings, message: 'Only managers and administrators can mark test traffic' },
  saveScenarios: { allowed: canEditSavings, message: 'Only managers and administrators can save or delete simulation scenarios' },
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

function respond(ctx: Ctx, name: string, q: ReportQuery, result: { data: Array<Record<string, unknown>>; total: number }, meta: Record<string, unknown> = {}, columns?: string[]) {
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

const isGroupId = isRowId;
const groupId = (ctx: Ctx): number => rowIdParam(ctx, 'group');

/** Declares one analytics route (see analyticsRoutes). */
export type AnalyticsRoute = (
  method: string, path: string, opts: RouteOptions, handler: (ctx: Ctx, role: Role) => Promise<void>,
) => object;

/** A group id sent in a body (a number or a digit string), else a 400 naming `path`. */
function bodyGroupId(v: unknown, path: Array<string | number>): number {
  // Only numbers and digit strings: Number() of an object calls its (client-chosen) toString.
  const n = typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) : NaN;
  if (!isGroupId(n)) failValidation(path, 'must be a group id');
  return n;
}

function bodyGroupIds(v: unknown, max = 1000): number[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > max) failValidation(['ids'], `must be a list of 1–${max} group ids`);
  return v.map((id: unknown, i: number) => bodyGroupId(id, ['ids', i]));
}

/** The published answer or path a group is resolved with: `{ kind, slug }`. */
function bodyTarget(t: unknown): { kind: 'answer' | 'path'; slug: string } {
  if (!t || typeof t !== 'object') failValidation(['target'], 'is required to resolve: { kind: "answer" | "path", slug }');
  const { kind, slug } = t as Record<string, unknown>;
  if (kind !== 'answer' && kind !== 'path') failValidation(['target', 'kind'], 'must be "answer" or "path"');
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) failValidation(['target', 'slug'], 'must be a slug');
  return { kind, slug };
}

/** A 400 naming the first body field that is not one of `fields`. */
function onlyFields(body: Record<string, unknown>, fields: readonly string[]): void {
  for (const key of Object.keys(body)) if (!fields.includes(key)) failValidation([key], `is not a field (${fields.join(', ')})`);
}

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
      if (opts.requires && !PERMISSIONS[opts.requires].allowed(role)) throw new errors.ForbiddenError(PERMISSIONS[opts.requires].message);
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
        ctx.body = { data: { email: u.email, firstname: u.firstname ?? '', lastname: u.lastname ?? '', role, canTriage: canTriage(role), canEditSavings: canEditSavings(role) } };
      }),
      route('GET', '/monthly-usage', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query, ['breakdown']);
        const breakdown = q.params.breakdown;
        if (breakdown !== undefined && !['locale', 'channel', 'audience'].includes(breakdown)) failValidation(['breakdown'], 'must be locale, channel or audience');
        const rows = await monthlyUsage(knex(), q, breakdown as Breakdown | undefined);
        respond(ctx, 'monthly-usage', q, pageRows(rows, q, 'month', 'ASC'));
      }),
      route('GET', '/content-counts', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        respond(ctx, 'content-counts', q, pageRows(await contentCounts(knex(), { ...q, channel: undefined }), q, 'month', 'ASC'));
      }),
      route('GET', '/path-performance', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { entries } = await analytics.catalog.read();
        const rows = await pathPerformance(knex(), q, entries);
        respond(ctx, 'path-performance', q, pageRows(rows, q, 'starts', 'DESC'), {}, ['slug', 'title', 'audience', 'starts', 'completions', 'abandonments', 'completionRate', 'steps']);
      }),
      // One path's branching funnel: per step and option how many went where, and how many left there.
      route('GET', '/path-branches', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query, ['path']);
        const slug = q.params.path;
        if (slug === undefined || !SLUG_PATTERN.test(slug)) failValidation(['path'], 'must be the slug of a guidance path');
        const { entries } = await analytics.catalog.read();
        const entry = entries.get(`path:${slug}`);
        const steps = entry ? await analytics.publishedPathSteps(entry.documentId) : [];
        const { sums, ...figures } = await pathBranchSums(knex(), q, slug);
        const locale = q.locale ?? 'fi';
        const shaped = shapeBranches(steps, sums, locale);
        const path = {
          slug, title: titleOf(entry, slug, locale), documentId: entry?.documentId ?? null, ...figures,
          adminUrl: entry ? analytics.adminUrl('path', entry.documentId, locale) : null,
          designerUrl: entry ? designerUrl(entry.documentId) : null,
        };
        const columns = ['stepNumber', 'stepKey', 'stepTitle', 'option', 'optionLabel', 'target', 'targetKey', 'targetTitle',
          'count', 'share'];
        respond(ctx, `path-branches-${slug}`, q, pageRows(shaped.rows, q, 'order', 'ASC'), { path, steps: shaped.steps }, columns);
      }),
      route('GET', '/answer-performance', {}, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        const { entries } = await analytics.catalog.read();
        respond(ctx, 'answer-performance', q, pageRows(await answerPerformance(knex(), q, entries), q, 'shown', 'DESC'));
      }),
      route('GET', '/unanswered-trend', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query);
        respond(ctx, 'unanswered-trend', q, pageRows(await unansweredTrend(knex(), q), q, 'month', 'ASC'));
      }),
      route('GET', '/unanswered', { asks: true }, async (ctx) => {
        const q = parseReportQuery(ctx.query, ['status', 'q'], ['count', 'totalCount', 'lastSeen', 'firstSeen', 'label', 'status']);
        const statuses = q.params.status?.split(',').filter(Boolean);
        for (const s of statuses ?? []) if (!GROUP_STATUSES.includes(s as GroupStatus)) failValidation(['status'], `must be one or more of ${GROUP_STATUSES.join(', ')}`);
        const text = q.params.q?.trim();
        if (text !== undefined && text.length > 200) failValidation(['q'], 'must be at most 200 characters');
        const rows = await unansweredGroups(knex(), q, { statuses: statuses as GroupStatus[] | undefined, q: text || undefined });
        const page = pageRows(rows, q, 'count', 'DESC');
        const details = { examples: 3, retentionDays: analytics.config.retentionDays };
        const data = await withLinks(analytics, await withGroupDetails(knex(), page.data, details));
        await analytics.logAccess(ctx.state.user.email, q.csv ? 'export_unanswered' : 'list_unanswered', `${q.from}..${q.to}`);
        const columns = ['id', 'label', 'examplesExpired', 'status', 'count', 'totalCount', 'firstSeen', 'lastSeen',
          'locales', 'examples', 'resolution'];
        respond(ctx, 'unanswered', q, { data, total: page.total }, {}, columns);
      }),
      route('GET', '/unanswered/:id', { asks: true }, async (ctx) => {
        const [group] = await withLinks(analytics, [await analytics.group(groupId(ctx))]);
        await analytics.logAccess(ctx.state.user.email, 'view_unanswered_group', group.id);
        ctx.body = { data: group };
      }),
      route('PUT', '/unanswered/:id', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        for (const key of Object.keys(body)) if (!['status', 'target', 'phrasing', 'id'].includes(key)) failValidation([key], 'is not a field (status, target, phrasing)');
        const by = ctx.state.user.email as string;
        if (body.status === 'resolved') {
          const t = bodyTarget(body.target);
          const phrasing = body.phrasing;
          if (phrasing !== undefined && phrasing !== null && (typeof phrasing !== 'string' || phrasing.length > 200)) failValidation(['phrasing'], 'must be a string of at most 200 characters');
          await analytics.resolveGroup(id, { kind: t.kind, slug: t.slug }, typeof phrasing === 'string' && phrasing.trim() ? phrasing : null, by);
          // The group's examples become bank questions expecting the entry, so a later change that loses them shows.
          await bank.addResolvedGroup(await knex()(TABLES.groups).where({ id }).first('id', 'locale'), t.slug, by);
        } else {
          if (body.target !== undefined || body.phrasing !== undefined) failValidation(['target'], 'only allowed with status "resolved"');
          if (typeof body.status !== 'string') failValidation(['status'], 'is required');
          await analytics.assertGroupListed(id);
          await analytics.setGroupStatus([id], body.status as GroupStatus, by);
        }
        ctx.body = { data: (await withLinks(analytics, [await analytics.group(id)]))[0] };
      }),
      route('POST', '/unanswered/bulk', { asks: true, requires: 'triage' }, async (ctx) => {
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        onlyFields(body, ['ids', 'status', 'target']);
        const ids = bodyGroupIds(body.ids);
        if (typeof body.status !== 'string') failValidation(['status'], 'is required');
        const by = ctx.state.user.email as string;
        if (body.status === 'resolved') {
          const target = bodyTarget(body.target);
          ctx.body = { data: { updated: await analytics.resolveGroups(ids, target, by) } };
          return;
        }
        if (body.target !== undefined) failValidation(['target'], 'only allowed with status "resolved"');
        ctx.body = { data: { updated: await analytics.setGroupStatus(ids, body.status as GroupStatus, by) } };
      }),
      // Merges groups the grouping kept apart into `into`; their later asks join it.
      route('POST', '/unanswered/merge', { asks: true, requires: 'triage' }, async (ctx) => {
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        onlyFields(body, ['into', 'ids']);
        const into = bodyGroupId(body.into, ['into']);
        const ids = bodyGroupIds(body.ids, 100);
        await analytics.mergeGroups(into, ids, ctx.state.user.email);
        ctx.body = { data: (await withLinks(analytics, [await analytics.group(into)]))[0] };
      }),
      // Moves examples out of a wrong group into another group (`into`) or a new one.
      route('POST', '/unanswered/:id/move', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        onlyFields(body, ['texts', 'into']);
        const { texts } = body;
        if (!Array.isArray(texts) || texts.length === 0 || texts.length > MAX_EXAMPLES) {
          failValidation(['texts'], `must be a list of 1–${MAX_EXAMPLES} example texts of the group`);
        }
        texts.forEach((text, i) => {
          if (typeof text !== 'string' || text.length === 0 || text.length > 500) failValidation(['texts', i], 'must be an example text');
        });
        const into = body.into === undefined || body.into === null ? null : bodyGroupId(body.into, ['into']);
        const target = await analytics.moveExamples(id, texts as string[], into, ctx.state.user.email);
        // A group whose every ask moved out is no longer listed: `from` is then null.
        const from = await analytics.group(id).catch((e) => (e instanceof errors.NotFoundError ? null : Promise.reject(e)));
        const [moved] = await withLinks(analytics, [await analytics.group(target)]);
        ctx.body = { data: { from: from && (await withLinks(analytics, [from]))[0], into: moved } };
      }),
      // A draft answer made from the group (its label as title, examples as phrasings); resolves the group.
      route('POST', '/unanswered/:id/answer', { asks: true, requires: 'triage' }, async (ctx) => {
        const id = groupId(ctx);
        onlyFields((ctx.request.body ?? {}) as Record<string, unknown>, []);
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
        const q = parseReportQuery(ctx.query, ['kind', 'slug', 'helpful'], ['at', 'helpful']);
        const { kind, slug, helpful } = q.params;
        if (kind !== undefined && kind !== 'answer' && kind !== 'path') failValidation(['kind'], 'must be answer or path');
        if (slug !== undefined && !SLUG_PATTERN.test(slug)) failValidation(['slug'], 'must be the slug of an answer or path');
        if (helpful !== undefined && helpful !== 'true' && helpful !== 'false') failValidation(['helpful'], 'must be true or false');
        const only = { kind: kind as 'answer' | 'path' | undefined, slug, helpful: helpful === undefined ? undefined : helpful === 'true' };
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
        const p = validateSavingsParameters(ctx.request.body);
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
        const test = (ctx.request.body as { test?: unknown } | undefined)?.test;
        if (typeof test !== 'boolean') failValidation(['test'], 'must be true or false');
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
        const linked = <T extends { kind: EntryKind; slug: string; locale: string }>(e: T) => ({ ...e, adminUrl: adminUrl(e.kind, e.slug, e.locale) });
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
        const { q = '', kind, locale = 'fi' } = ctx.query as Record<string, string>;
        if (kind !== undefined && kind !== 'answer' && kind !== 'path') failValidation(['kind'], 'must be answer or path');
        if (!isSearchLocale(locale)) failValidation(['locale'], 'must be "fi" or "sv"');
        if (typeof q !== 'string' || q.length > 200) failValidation(['q'], 'must be at most 200 characters');
        const needle = foldDiacritics(q.toLowerCase().trim());
        const { entries } = await analytics.catalog.read();
        const data = [...entries.values()]
          .filter((e) => (!kind || e.kind === kind) && (!needle || foldDiacritics(`${e.slug} ${Object.values(e.titles).join(' ')}`.toLowerCase()).includes(needle)))
          .slice(0, 20)
          .map((e) => ({ id: `${e.kind}:${e.slug}`, kind: e.kind, slug: e.slug, title: titleOf(e, e.slug, locale), locale, locales: Object.keys(e.titles), adminUrl: analytics.adminUrl(e.kind, e.documentId, locale) }));
        ctx.body = { data, total: data.length };
      }),
      ...questionBankRoutes(route, bank, analytics),
      ...simulationRoutes(route, knex, analytics.scenarios),
    ],
  };
}

const HEALTH_COLUMNS = ['kind', 'severity', 'entryKind', 'slug', 'title', 'owner', 'reviewDue', 'days', 'shown', 'feedback',
  'helpfulRate', 'other', 'count', 'examples', 'adminUrl'];

/** The content-health list filtered by `kind` (comma-separated) and `owner`, with counts per kind and the rules. */
async function respondContentHealth(ctx: Ctx, analytics: AnalyticsService, bot: BotService, tests: TestQuestion[]) {
  const q = parseReportQuery(ctx.query, ['kind', 'owner'], ['rank', 'kind', 'slug', 'owner', 'reviewDue', 'count', 'days']);
  const kinds = q.params.kind?.split(',').filter(Boolean);
  for (const k of kinds ?? []) {
    if (!HEALTH_KINDS.includes(k as HealthKind)) failValidation(['kind'], `must be one or more of ${HEALTH_KINDS.join(', ')}`);
  }
  if (q.params.owner !== undefined && q.params.owner.length > 120) failValidation(['owner'], 'must be at most 120 characters');
  const asker = bot.asker();
  const rows = await analytics.contentHealth(q, tests, asker && ((t) => asker.rank(t)));
  const owners = [...new Set(rows.map((r) => r.owner).filter((o): o is string => o !== null))].sort();
  const ofOwner = q.params.owner === undefined ? rows : rows.filter((r) => r.owner === q.params.owner);
  const counts = Object.fromEntries(HEALTH_KINDS.map((k) => [k, ofOwner.filter((r) => r.kind === k).length]));
  const listed = kinds ? ofOwner.filter((r) => kinds.includes(r.kind)) : ofOwner;
  await analytics.logAccess(ctx.state.user.email, q.csv ? 'export_content_health' : 'list_content_health', `${q.from}..${q.to}`);
  const meta = { counts, owners, rules: HEALTH_RULES, searchAvailable: asker !== null };
  respond(ctx, 'content-health', q, pageRows(listed, q, 'rank', 'DESC'), meta, HEALTH_COLUMNS);
}

/** Adds the linked content's title and admin-panel URL to each group's resolution. */
async function withLinks<T extends GroupRow>(analytics: AnalyticsService, rows: T[]): Promise<T[]> {
  const { entries } = await analytics.catalog.read();
  return rows.map((r) => {
    if (!r.resolution) return r;
    const locale = r.locales[0] ?? 'fi';
    const e = entries.get(`${r.resolution.kind}:${r.resolution.slug}`);
    return { ...r, resolution: { ...r.resolution, title: titleOf(e, r.resolution.slug, locale), adminUrl: e ? analytics.adminUrl(e.kind, e.documentId, locale) : null } };
  });
}
