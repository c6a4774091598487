import { AsyncResource } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import type { EntryKind } from '@botkb/search';
import type { BankQuestion, BankRun } from '@botkb/contract';
import { phrasingWithoutPlaceholders } from '@botkb/contract';
import { failValidation } from '../validation-failure';
import { databaseNow } from '../db/database-now';
import { redactPersonalData } from '../privacy/redact-personal-data';
import type { AskService } from '../bot/ask-service';
import type { KnowledgeContent } from '../search/knowledge-content';
import {
  BANK_TABLES,
  MAX_BANK_QUESTION_LENGTH,
  type QuestionSource,
  type RunStatus,
  type RunTrigger,
} from './bank-tables';
import {
  changedQuestions,
  passes,
  runTotals,
  type BankOutcome,
  type BankResult,
  type ChangedQuestion,
} from './score-bank-run';
import type { BankQuestionInput } from './validate-bank-question';
import { RunStoppedError } from './run-stopped-error';
import { RunTakenError } from './run-taken-error';

type Row = Record<string, any>;

export type { BankQuestion, BankRun };

/** A content's latest finished run, the run it is compared with, and the questions that changed between them. */
export interface RunComparison {
  latest: BankRun | null;
  previous: BankRun | null;
  changes: ChangedQuestion[];
}

export interface QuestionFilter {
  locale?: string;
  outcome?: 'passed' | 'failed' | 'not_run';
  q?: string;
}

export interface QuestionBankOptions {
  /** The ask service of the published content or of the drafts (null while search is not ready). */
  asker: (content: KnowledgeContent) => AskService | null;
  /** Index changes of `content` still waiting to be applied. */
  pendingSync: (content: KnowledgeContent) => Promise<number>;
  /** Quiet time after the last publish/unpublish before the bank runs. */
  debounceMs: number;
  /** How long a run waits for the search sync (and search) before it runs anyway or fails. */
  syncWaitMs: number;
  /** This instance's name, the same after a restart (cluster.instanceName): recorded on the runs it queues. */
  instance: string;
  /** How often the instance tells it still has its runs (default RUN_HEARTBEAT_MS). */
  heartbeatMs?: number;
}

/** How often an instance records that its queued and running runs are still alive. */
export const RUN_HEARTBEAT_MS = 5_000;
/** A run whose instance has not recorded a heartbeat for this long was abandoned (a crash, a lost host). */
export const STALE_RUN_MS = 30_000;
/** The statuses of a run that has not ended. */
const OPEN_STATUSES = ['queued', 'running'] as const;

const PROGRESS_EVERY = 10;
const INSERT_BATCH = 100;
const iso = (ms: unknown) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());
const slugs = (text: string): string[] => text.split(' ').filter(Boolean);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const toQuestion = (r: Row): BankQuestion => ({
  id: Number(r.id),
  locale: r.locale,
  question: r.question,
  expected: slugs(r.expected),
  source: r.source,
  groupId: r.group_id === null ? null : Number(r.group_id),
  createdBy: r.created_by ?? null,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const toRun = (r: Row): BankRun => ({
  id: Number(r.id),
  content: r.content,
  trigger: r.trigger,
  status: r.status,
  questions: Number(r.questions),
  done: Number(r.done),
  queuedAt: iso(r.queued_at)!,
  startedAt: iso(r.started_at),
  finishedAt: iso(r.finished_at),
  totals: r.totals ? JSON.parse(r.totals) : null,
  error: r.error ?? null,
});

const toResult = (r: Row): BankResult => ({
  questionId: Number(r.question_id),
  locale: r.locale,
  question: r.question,
  expected: slugs(r.expected),
  answered: Boolean(r.answered),
  top: slugs(r.top_slugs),
  passed: Boolean(r.passed),
  answer: r.answer_slug ? { kind: r.answer_kind as EntryKind, slug: r.answer_slug, score: Number(r.score) } : null,
});

/**
 * Regression tests for content: bank questions with the entries that should
 * answer them, run through the bot's own ask code (as a try: nothing recorded)
 * against the published content or the drafts. Runs go one at a time, off the
 * request path; a publish or unpublish schedules one (debounced) that starts
 * once the search sync has applied the change.
 */
export class QuestionBank {
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private publishRunQueued = false;
  private stopping = false;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly opts: QuestionBankOptions,
  ) {}

  private get knex(): Knex {
    return this.strapi.db.connection;
  }

  async list(filter: QuestionFilter = {}): Promise<Array<BankQuestion & { lastResult: BankResult | null }>> {
    let query = this.knex(BANK_TABLES.questions).select('*').orderBy('id', 'asc');
    if (filter.locale) query = query.where('locale', filter.locale);
    const rows = (await query).map(toQuestion);
    const latest = (await this.latestRuns('published', 1))[0];
    const results = new Map((latest ? await this.results(latest.id) : []).map((r) => [r.questionId, r]));
    const needle = filter.q?.toLowerCase();
    return rows
      .map((q) => ({ ...q, lastResult: results.get(q.id) ?? null }))
      .filter((q) => !needle || `${q.question} ${q.expected.join(' ')}`.toLowerCase().includes(needle))
      .filter((q) => {
        if (!filter.outcome) return true;
        if (filter.outcome === 'not_run') return q.lastResult === null;
        return q.lastResult !== null && q.lastResult.passed === (filter.outcome === 'passed');
      });
  }

  async get(id: number): Promise<BankQuestion> {
    const row = await this.knex(BANK_TABLES.questions).where({ id }).first();
    if (!row) throw new errors.NotFoundError(`bank question ${id} not found`);
    return toQuestion(row);
  }

  async create(input: BankQuestionInput, by: string | null, source: QuestionSource = 'manual'): Promise<BankQuestion> {
    await this.assertUnique(input);
    const now = Date.now();
    const row = { ...this.columns(input), source, created_by: by, created_at: now, updated_at: now };
    const [created] = await this.knex(BANK_TABLES.questions).insert(row).returning('id');
    return this.get(Number(typeof created === 'object' ? created.id : created));
  }

  async update(id: number, input: BankQuestionInput): Promise<BankQuestion> {
    await this.get(id);
    await this.assertUnique(input, id);
    await this.knex(BANK_TABLES.questions)
      .where({ id })
      .update({ ...this.columns(input), updated_at: Date.now() });
    return this.get(id);
  }

  async remove(id: number): Promise<void> {
    await this.get(id);
    await this.knex(BANK_TABLES.questions).where({ id }).delete();
  }

  /** Adds questions not in the bank yet (same locale and text); returns how many were added. */
  async addMany(items: BankQuestionInput[], source: QuestionSource, extra: { by?: string; groupId?: number } = {}) {
    const now = Date.now();
    let added = 0;
    for (const item of items) {
      const exists = await this.knex(BANK_TABLES.questions)
        .where({ locale: item.locale, question: item.question })
        .first('id');
      if (exists) continue;
      await this.knex(BANK_TABLES.questions).insert({
        ...this.columns(item),
        source,
        group_id: extra.groupId ?? null,
        created_by: extra.by ?? null,
        created_at: now,
        updated_at: now,
      });
      added += 1;
    }
    return added;
  }

  /** A resolved unanswered-question group's examples (already redacted; again to be sure), expecting its entry. */
  async addResolvedGroup(group: { id: number; locale: string }, slug: string, by: string): Promise<number> {
    const examples = await this.knex('botkb_unanswered_examples').where({ group_id: group.id }).select('text');
    const items = examples
      // A placeholder of personal data never becomes a bank question: taken out when a question is left, else skipped.
      .map((e: Row) =>
        phrasingWithoutPlaceholders(redactPersonalData(String(e.text)))?.slice(0, MAX_BANK_QUESTION_LENGTH),
      )
      .filter((q): q is string => Boolean(q))
      .map((question: string) => ({
        locale: group.locale as BankQuestionInput['locale'],
        question,
        expected: [slug],
      }));
    return this.addMany(items, 'unanswered', { by, groupId: group.id });
  }

  private columns(input: BankQuestionInput) {
    return { locale: input.locale, question: input.question, expected: input.expected.join(' ') };
  }

  private async assertUnique(input: BankQuestionInput, id?: number): Promise<void> {
    let query = this.knex(BANK_TABLES.questions).where({ locale: input.locale, question: input.question });
    if (id !== undefined) query = query.whereNot('id', id);
    if (await query.first('id')) failValidation(['question'], 'is already in the bank for this language');
  }

  // ---- runs ----

  /** Queues a run of every bank question against `content`; it starts when the runs before it have finished. */
  async requestRun(content: KnowledgeContent, trigger: RunTrigger): Promise<BankRun> {
    const questions = Number((await this.knex(BANK_TABLES.questions).count({ n: '*' }))[0].n);
    const now = Date.now();
    // Heartbeats by the database's clock: other instances judge them by it (interruptAbandonedRuns).
    const owner = { instance: this.opts.instance, heartbeat_at: await databaseNow(this.knex) };
    const row = { content, trigger, status: 'queued', questions, done: 0, queued_at: now, ...owner };
    const [created] = await this.knex(BANK_TABLES.runs).insert(row).returning('id');
    const id = Number(typeof created === 'object' ? created.id : created);
    this.chain = this.chain.then(() => this.execute(id, content)).catch((error) => this.logRunEnd(id, error));
    return this.run(id);
  }

  /** A run stopped at shutdown is logged as information; any other end by an error as a failure. */
  private logRunEnd(id: number, error: unknown): void {
    if (error instanceof RunStoppedError) {
      this.strapi.log.info(`[question-bank] run ${id} stopped at shutdown`);
      return;
    }
    this.strapi.log.error(`[question-bank] run ${id} failed: ${error instanceof Error ? error.message : error}`);
  }

  /** After a publish or unpublish: one run of the published content once changes have been quiet for a while. */
  scheduleAfterPublish(): void {
    if (this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.queuePublishRun, this.opts.debounceMs);
  }

  /**
   * Bound to the context the bank was created in: a publish schedules it from inside its database
   * transaction, whose context a plain callback would inherit (and whose connection is gone by then).
   */
  private readonly queuePublishRun = AsyncResource.bind(() => {
    this.timer = null;
    if (this.publishRunQueued) return;
    this.publishRunQueued = true;
    this.requestRun('published', 'publish').catch((error) => {
      this.publishRunQueued = false;
      this.strapi.log.error(`[question-bank] could not queue a run: ${error instanceof Error ? error.message : error}`);
    });
  });

  /**
   * At start-up: runs cut short by this instance's own stop or crash, or abandoned by another instance (no
   * heartbeat for STALE_RUN_MS), are marked interrupted; runs other live instances are running are left alone.
   * The published content is run once when its latest run did not finish (none yet, the seed process stopped
   * mid-run, or a publish's run cut short by a restart) and no live run of it is on its way, so the bank's
   * figures always describe the content that is live.
   */
  async start(): Promise<void> {
    await this.interruptAbandonedRuns(true);
    this.heartbeat ??= setInterval(this.beat, this.opts.heartbeatMs ?? RUN_HEARTBEAT_MS).unref();
    const [{ n }] = await this.knex(BANK_TABLES.questions).count({ n: '*' });
    const published = () => this.knex(BANK_TABLES.runs).where({ content: 'published' });
    const latest = await published().orderBy('id', 'desc').first('status');
    const live = await published().whereIn('status', OPEN_STATUSES).first('id');
    if (Number(n) > 0 && latest?.status !== 'done' && !live) await this.requestRun('published', 'startup');
  }

  /**
   * Marks interrupted the open runs whose instance stopped beating (by the database's clock, read now unless
   * given), and at start-up this instance's own.
   */
  private async interruptAbandonedRuns(atStartUp: boolean, now?: number): Promise<void> {
    const interrupted = { status: 'interrupted', error: 'interrupted by a restart', finished_at: Date.now() };
    const beatSince = (now ?? (await databaseNow(this.knex))) - STALE_RUN_MS;
    await this.knex(BANK_TABLES.runs)
      .whereIn('status', OPEN_STATUSES)
      .andWhere((abandoned) => {
        abandoned.whereNull('heartbeat_at').orWhere('heartbeat_at', '<', beatSince);
        if (atStartUp) abandoned.orWhere('instance', this.opts.instance);
      })
      .update(interrupted);
  }

  /**
   * Records that this instance's open runs are alive, and interrupts those of instances gone without a restart.
   * Bound to the context the bank was created in, like queuePublishRun.
   */
  private readonly beat = AsyncResource.bind(() => {
    // One read of the database's clock per beat: the heartbeat and the judging of other instances' runs.
    const beating = databaseNow(this.knex).then(async (now) => {
      await this.knex(BANK_TABLES.runs)
        .where({ instance: this.opts.instance })
        .whereIn('status', OPEN_STATUSES)
        .update({ heartbeat_at: now });
      return now;
    });
    beating
      .then((now) => this.interruptAbandonedRuns(false, now))
      .catch((error) => {
        this.strapi.log.warn(`[question-bank] heartbeat failed: ${error instanceof Error ? error.message : error}`);
      });
  });

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.chain;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /**
   * Runs the bank as run `id`. Every write to the run is conditional on it still being open: a run another
   * instance marked interrupted (its heartbeat looked stale) stays interrupted, and this instance stops it.
   */
  private async execute(id: number, content: KnowledgeContent): Promise<void> {
    if (content === 'published') this.publishRunQueued = false;
    const open = (knex: Knex = this.knex) => knex(BANK_TABLES.runs).where({ id }).whereIn('status', OPEN_STATUSES);
    const stillOpen = async (updated: Promise<number>) => {
      if ((await updated) === 0) throw new RunTakenError(id);
    };
    try {
      const asker = await this.readyAsker(content);
      const questions = (await this.knex(BANK_TABLES.questions).select('*').orderBy('id', 'asc')).map(toQuestion);
      await stillOpen(open().update({ status: 'running', started_at: Date.now(), questions: questions.length }));
      const results: BankResult[] = [];
      for (const q of questions) {
        if (this.stopping) throw new RunStoppedError();
        const outcome = await this.ask(asker, q);
        results.push({
          ...outcome,
          questionId: q.id,
          locale: q.locale,
          question: q.question,
          expected: q.expected,
          passed: passes(q.expected, outcome),
        });
        if (results.length % PROGRESS_EVERY === 0) await stillOpen(open().update({ done: results.length }));
      }
      await this.knex.transaction(async (trx) => {
        const done = {
          status: 'done',
          done: results.length,
          finished_at: Date.now(),
          totals: JSON.stringify(runTotals(results)),
        };
        await stillOpen(open(trx).update(done));
        for (let i = 0; i < results.length; i += INSERT_BATCH) {
          await trx(BANK_TABLES.results).insert(results.slice(i, i + INSERT_BATCH).map((r) => resultRow(id, r)));
        }
      });
    } catch (error) {
      if (error instanceof RunTakenError) {
        this.strapi.log.warn(`[question-bank] ${error.message}`);
        return;
      }
      const failed = {
        status: error instanceof RunStoppedError ? 'interrupted' : 'failed',
        finished_at: Date.now(),
        error: error instanceof Error ? error.message : String(error),
      };
      await open().update(failed);
      throw error;
    }
  }

  /** Waits until search is ready and the sync queue of `content` is empty (the last publish is searchable). */
  private async readyAsker(content: KnowledgeContent): Promise<AskService> {
    const deadline = Date.now() + this.opts.syncWaitMs;
    for (;;) {
      if (this.stopping) throw new RunStoppedError();
      const asker = this.opts.asker(content);
      if (asker && (await this.opts.pendingSync(content)) === 0) return asker;
      if (Date.now() > deadline) {
        if (asker) return asker;
        throw new Error('search is not ready');
      }
      await sleep(100);
    }
  }

  private async ask(asker: AskService, q: BankQuestion): Promise<BankOutcome> {
    const response = await asker.explain({ question: q.question, locale: q.locale });
    const answer = response.answer && {
      kind: response.answer.kind,
      slug: response.answer.slug,
      score: response.answer.score,
    };
    const top = [...(answer ? [answer.slug] : []), ...response.suggestions.map((s) => s.slug)];
    return { answered: response.answered, answer, top };
  }

  async run(id: number): Promise<BankRun> {
    const row = await this.knex(BANK_TABLES.runs).where({ id }).first();
    if (!row) throw new errors.NotFoundError(`bank run ${id} not found`);
    return toRun(row);
  }

  async results(runId: number): Promise<BankResult[]> {
    return (await this.knex(BANK_TABLES.results).where({ run_id: runId }).orderBy('question_id', 'asc')).map(toResult);
  }

  /** The newest runs, optionally of one content and status. */
  async runs(limit: number, where: { content?: KnowledgeContent; status?: RunStatus } = {}): Promise<BankRun[]> {
    return (await this.knex(BANK_TABLES.runs).where(where).orderBy('id', 'desc').limit(limit)).map(toRun);
  }

  private latestRuns(content: KnowledgeContent, limit: number): Promise<BankRun[]> {
    return this.runs(limit, { content, status: 'done' });
  }

  /**
   * The latest finished run of `content` and what changed: for the published
   * content since the run before, for drafts against the latest published run
   * (what publishing the drafts would change).
   */
  async comparison(content: KnowledgeContent): Promise<RunComparison> {
    const [latest, before] = await this.latestRuns(content, 2);
    if (!latest) return { latest: null, previous: null, changes: [] };
    const previous = content === 'published' ? (before ?? null) : ((await this.latestRuns('published', 1))[0] ?? null);
    const changes = previous ? changedQuestions(await this.results(previous.id), await this.results(latest.id)) : [];
    return { latest, previous, changes };
  }
}

function resultRow(runId: number, r: BankResult) {
  return {
    run_id: runId,
    question_id: r.questionId,
    locale: r.locale,
    question: r.question,
    expected: r.expected.join(' '),
    answered: r.answered,
    answer_kind: r.answer?.kind ?? null,
    answer_slug: r.answer?.slug ?? null,
    top_slugs: r.top.join(' '),
    score: r.answer?.score ?? null,
    passed: r.passed,
  };
}
