import { isSearchLocale } from '@botkb/search';
import { failValidation } from '../validation-failure';
import { rowIdParam } from '../http/row-id-param';
import { KNOWLEDGE_CONTENTS, parseKnowledgeContent } from '../search/knowledge-content';
import type { AnalyticsService } from '../analytics/analytics-service';
import type { AnalyticsRoute } from '../analytics/analytics-routes';
import type { QuestionBank, QuestionFilter, RunComparison } from './question-bank';
import { validateBankQuestion } from './validate-bank-question';

type Ctx = any;
type Entry = { kind: 'answer' | 'path'; slug: string } | null;
const OUTCOMES = ['passed', 'failed', 'not_run'] as const;
const MAX_PAGE = 200;

function parseFilter(query: Record<string, unknown>): QuestionFilter & { page: number; perPage: number } {
  const { locale, outcome, q, page = '1', perPage = '50' } = query;
  if (locale !== undefined && !isSearchLocale(locale)) failValidation(['locale'], 'must be "fi" or "sv"');
  if (outcome !== undefined && !OUTCOMES.includes(outcome as never))
    failValidation(['outcome'], `must be ${OUTCOMES.join(', ')}`);
  if (q !== undefined && (typeof q !== 'string' || q.length > 200))
    failValidation(['q'], 'must be at most 200 characters');
  const p = Number(page);
  const pp = Number(perPage);
  if (!Number.isInteger(p) || p < 1 || p > 100_000) failValidation(['page'], 'must be a whole number ≥ 1');
  if (!Number.isInteger(pp) || pp < 1 || pp > MAX_PAGE) failValidation(['perPage'], `must be 1–${MAX_PAGE}`);
  return {
    locale,
    outcome: outcome as QuestionFilter['outcome'],
    q: (q as string | undefined)?.trim() || undefined,
    page: p,
    perPage: pp,
  };
}

/** The question bank's routes under /analytics-api: any analytics role reads; content experts edit and run. */
export function questionBankRoutes(route: AnalyticsRoute, bank: QuestionBank, analytics: AnalyticsService) {
  /** An entry with its admin-panel link (null when it has no published version). */
  const linker = async () => {
    const { entries } = await analytics.catalog.read();
    return (e: Entry, locale: string) => {
      if (!e) return null;
      const found = entries.get(`${e.kind}:${e.slug}`);
      return { ...e, adminUrl: found ? analytics.adminUrl(e.kind, found.documentId, locale) : null };
    };
  };
  const linked = async (c: RunComparison) => {
    const link = await linker();
    const changes = c.changes.map((ch) => ({
      ...ch,
      before: link(ch.before, ch.locale),
      now: link(ch.now, ch.locale),
    }));
    return { ...c, changes };
  };
  return [
    route('GET', '/question-bank/questions', {}, async (ctx: Ctx) => {
      const { page, perPage, ...filter } = parseFilter(ctx.query);
      const rows = await bank.list(filter);
      ctx.body = { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
    }),
    route('GET', '/question-bank/questions/:id', {}, async (ctx: Ctx) => {
      ctx.body = { data: await bank.get(rowIdParam(ctx, 'question')) };
    }),
    route('POST', '/question-bank/questions', { requires: 'triage' }, async (ctx: Ctx) => {
      ctx.status = 201;
      ctx.body = { data: await bank.create(validateBankQuestion(ctx.request.body), ctx.state.user.email) };
    }),
    route('PUT', '/question-bank/questions/:id', { requires: 'triage' }, async (ctx: Ctx) => {
      const id = rowIdParam(ctx, 'question');
      ctx.body = { data: await bank.update(id, validateBankQuestion(ctx.request.body)) };
    }),
    route('DELETE', '/question-bank/questions/:id', { requires: 'triage' }, async (ctx: Ctx) => {
      const id = rowIdParam(ctx, 'question');
      await bank.remove(id);
      ctx.body = { data: { id } };
    }),
    // Runs now (after the runs queued before it) against the published content or the drafts.
    route('POST', '/question-bank/runs', { requires: 'triage' }, async (ctx: Ctx) => {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      if (typeof body !== 'object' || Array.isArray(body)) failValidation(['body'], 'must be a JSON object');
      for (const key of Object.keys(body)) if (key !== 'content') failValidation([key], 'is not a field (content)');
      ctx.status = 202;
      ctx.body = { data: await bank.requestRun(parseKnowledgeContent(body.content), 'manual') };
    }),
    route('GET', '/question-bank/runs', {}, async (ctx: Ctx) => {
      const limit = Number(ctx.query.limit ?? 20);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) failValidation(['limit'], 'must be 1–100');
      ctx.body = { data: await bank.runs(limit) };
    }),
    route('GET', '/question-bank/runs/:id', {}, async (ctx: Ctx) => {
      const id = rowIdParam(ctx, 'run');
      ctx.body = { data: { ...(await bank.run(id)), results: await bank.results(id) } };
    }),
    // Latest run per content with the questions that changed, and the runs queued or running now.
    route('GET', '/question-bank/summary', {}, async (ctx: Ctx) => {
      const [published, drafts] = await Promise.all(
        KNOWLEDGE_CONTENTS.map(async (c) => linked(await bank.comparison(c))),
      );
      const pending = [
        ...(await bank.runs(10, { status: 'running' })),
        ...(await bank.runs(10, { status: 'queued' })),
      ];
      ctx.body = { data: { published, drafts, pending: pending.sort((a, b) => a.id - b.id) } };
    }),
  ];
}
