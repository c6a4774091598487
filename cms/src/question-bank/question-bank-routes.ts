import {
  bankQuestionQuerySchema,
  bankRunRequestSchema,
  bankRunsQuerySchema,
  KNOWLEDGE_CONTENTS,
  type EntryKind,
} from '@botkb/contract';
import { rowIdParam } from '../http/row-id-param';
import { parseInput } from '../analytics/parse-input';
import type { AnalyticsService } from '../analytics/analytics-service';
import type { AnalyticsRoute } from '../analytics/analytics-routes';
import type { QuestionBank, QuestionFilter, RunComparison } from './question-bank';
import { validateBankQuestion } from './validate-bank-question';

type Ctx = any;
type Entry = { kind: EntryKind; slug: string } | null;

function parseFilter(query: Record<string, unknown>): QuestionFilter & { page: number; perPage: number } {
  const { locale, outcome, q, page = '1', perPage = '50' } = parseInput(bankQuestionQuerySchema, query);
  return { locale, outcome, q: q?.trim() || undefined, page: Number(page), perPage: Number(perPage) };
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
      const body = parseInput(bankRunRequestSchema, ctx.request.body ?? {}, 'is not a field (content)');
      ctx.status = 202;
      ctx.body = { data: await bank.requestRun(body.content ?? 'published', 'manual') };
    }),
    route('GET', '/question-bank/runs', {}, async (ctx: Ctx) => {
      const limit = Number(parseInput(bankRunsQuerySchema, ctx.query).limit ?? 20);
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
      const pending = [...(await bank.runs(10, { status: 'running' })), ...(await bank.runs(10, { status: 'queued' }))];
      ctx.body = { data: { published, drafts, pending: pending.sort((a, b) => a.id - b.id) } };
    }),
  ];
}
