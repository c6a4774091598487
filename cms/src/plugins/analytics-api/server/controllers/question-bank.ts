import {
  bankQuestionQuerySchema,
  bankRunRequestSchema,
  bankRunsQuerySchema,
  KNOWLEDGE_CONTENTS,
  type EntryKind,
} from '@botkb/contract';
import { rowIdParam } from '../../../../http/row-id-param';
import { parseInput } from '../../../../analytics/parse-input';
import type { QuestionFilter, RunComparison } from '../../../../question-bank/question-bank';
import { validateBankQuestion } from '../../../../question-bank/validate-bank-question';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';

type Entry = { kind: EntryKind; slug: string } | null;

function parseFilter(query: Record<string, unknown>): QuestionFilter & { page: number; perPage: number } {
  const { locale, outcome, q, page = '1', perPage = '50' } = parseInput(bankQuestionQuerySchema, query);
  return { locale, outcome, q: q?.trim() || undefined, page: Number(page), perPage: Number(perPage) };
}

/** The question bank: any analytics role reads; content experts edit and run. */
export function questionBankController({ bank, analytics }: AnalyticsDeps) {
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
  return {
    questions: async (ctx) => {
      const { page, perPage, ...filter } = parseFilter(ctx.query);
      const rows = await bank.list(filter);
      ctx.body = { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
    },
    question: async (ctx) => {
      ctx.body = { data: await bank.get(rowIdParam(ctx, 'question')) };
    },
    createQuestion: async (ctx) => {
      ctx.status = 201;
      ctx.body = { data: await bank.create(validateBankQuestion(ctx.request.body), ctx.state.user.email) };
    },
    updateQuestion: async (ctx) => {
      const id = rowIdParam(ctx, 'question');
      ctx.body = { data: await bank.update(id, validateBankQuestion(ctx.request.body)) };
    },
    deleteQuestion: async (ctx) => {
      const id = rowIdParam(ctx, 'question');
      await bank.remove(id);
      ctx.body = { data: { id } };
    },
    // Runs now (after the runs queued before it) against the published content or the drafts.
    run: async (ctx) => {
      const body = parseInput(bankRunRequestSchema, ctx.request.body ?? {}, 'is not a field (content)');
      ctx.status = 202;
      ctx.body = { data: await bank.requestRun(body.content ?? 'published', 'manual') };
    },
    runs: async (ctx) => {
      const limit = Number(parseInput(bankRunsQuerySchema, ctx.query).limit ?? 20);
      ctx.body = { data: await bank.runs(limit) };
    },
    runResults: async (ctx) => {
      const id = rowIdParam(ctx, 'run');
      ctx.body = { data: { ...(await bank.run(id)), results: await bank.results(id) } };
    },
    // Latest run per content with the questions that changed, and the runs queued or running now.
    summary: async (ctx) => {
      const [published, drafts] = await Promise.all(
        KNOWLEDGE_CONTENTS.map(async (c) => linked(await bank.comparison(c))),
      );
      const pending = [...(await bank.runs(10, { status: 'running' })), ...(await bank.runs(10, { status: 'queued' }))];
      ctx.body = { data: { published, drafts, pending: pending.sort((a, b) => a.id - b.id) } };
    },
  } satisfies Record<string, AnalyticsAction>;
}
