import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  SEARCH_LOCALES,
  SearchError,
  buildSearchDocument,
  indexSettings,
  isSearchUnavailable,
  type SearchLocale,
  type SearchDocument,
} from '@botkb/search';
import type { IndexChanges, SearchRuntime } from './search-runtime';
import { staleIndexSample } from './stale-index-sample';
import type { SyncQueue, SyncJob } from './sync-queue';
import { planChanges } from './plan-changes';
import { STATUS_WHERE, readAllKnowledgeEntries } from './read-knowledge-entries';
import { KIND_UID } from '../content-uids';
import type { ChangeBus } from '../cluster/change-bus';
import { runExclusively } from '../cluster/run-exclusively';

const TASK_TIMEOUT_MS = 60_000;
const MAX_BACKOFF_MS = 5_000;
/** The longest a batch waits for this instance to apply what other instances applied to the index before. */
export const CATCH_UP_MS = 2_000;

/**
 * Applies queued changes to Meilisearch, oldest first, in batches. Each job
 * reconciles the index with the database's current published state, so
 * replays and reordering are harmless. While Meilisearch is down, slow or
 * restarting the jobs stay queued and are retried with backoff. A batch that
 * fails otherwise is retried job by job; a job that keeps failing is parked
 * after `syncMaxAttempts` so the changes after it still flow. With several
 * instances on one PostgreSQL, one applies jobs at a time (runExclusively);
 * jobs are removed only once applied, so a crashed instance's batch is
 * applied by the next; the others then apply the same entries to their
 * search state (the jobs' targets go with the change announcement).
 */
export class SyncWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private failures = 0;
  /** Whether the last run found work (or has not run yet). */
  private busy = true;
  private lastErrorLogged = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly runtime: SearchRuntime,
    private readonly queue: SyncQueue,
    private readonly changes: ChangeBus,
    /** What this worker's index is, announced to the other instances when it changed. */
    private readonly changeKind: 'search' | 'drafts' = 'search',
    /** Work only while this holds (the draft index waits until the bots' index is up). */
    private readonly mayWork: () => boolean = () => true,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Up, healthy and with nothing queued at its last look. */
  get idle(): boolean {
    return this.runtime.ready && !this.busy && this.failures === 0;
  }

  /** Run soon (after a content change was committed). */
  wake(): void {
    if (!this.stopped && !this.running && this.failures === 0) this.schedule(0);
  }

  /** Processes everything queued now; used by tests and scripts. */
  async drain(): Promise<void> {
    while (!this.stopped) {
      await this.running;
      if ((await this.queue.size()) === 0) return;
      await this.runOnce();
      if (this.failures > 0) throw new Error('search sync is failing; see the log');
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce();
    }, ms);
  }

  private runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.tick()
      .then((didWork) => {
        this.busy = didWork;
        this.failures = 0;
        this.schedule(didWork ? 0 : this.runtime.config.syncIntervalMs);
      })
      .catch((error) => {
        this.failures += 1;
        const now = Date.now();
        if (now - this.lastErrorLogged > 30_000) {
          this.lastErrorLogged = now;
          this.strapi.log.warn(`[search] sync paused, will retry: ${error instanceof Error ? error.message : error}`);
        }
        this.schedule(Math.min(200 * 2 ** Math.min(this.failures, 5), MAX_BACKOFF_MS));
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async tick(): Promise<boolean> {
    if (!this.mayWork()) return false;
    if (!this.runtime.ready) {
      await this.runtime.init();
      await this.enqueueMissingLocales();
    }
    const knex: Knex = this.strapi.db.connection;
    const lockName = `botkb-search-sync:${this.runtime.config.indexPrefix}`;
    const outcome = await runExclusively(knex, lockName, () => this.applyQueued());
    return outcome.ran && outcome.result;
  }

  /** Applies the oldest queued jobs; whether there were any. */
  private async applyQueued(): Promise<boolean> {
    const jobs = await this.queue.take(this.runtime.config.syncBatchSize);
    if (jobs.length === 0) return false;
    await this.catchUp();
    let failure: unknown = null;
    try {
      await this.apply(jobs);
    } catch (error) {
      failure = error;
    }
    if (failure !== null && !isSearchUnavailable(failure)) failure = await this.applyOneByOne(jobs);
    else if (failure === null) await this.queue.remove(jobs.map((j) => j.id));
    this.runtime.version += 1;
    // This instance's state learnt the entries it read (a failed batch's are read again when it is retried);
    // the others apply the same entries to theirs.
    const details = jobs.map(({ target, documentId, locale }) => ({ target, documentId, locale }));
    await this.changes.changed(this.changeKind, { here: false, details });
    if (failure !== null) throw failure;
    return true;
  }

  /**
   * Documents are analyzed with this instance's lexicon: it must hold the words of every change another instance
   * applied to the index before (announced, but maybe not applied here yet), or the documents written now would
   * split their compounds otherwise than every instance counts them. Waits for that, at most CATCH_UP_MS.
   */
  private async catchUp(): Promise<void> {
    const started = Date.now();
    if (await this.changes.caughtUp(this.changeKind, CATCH_UP_MS)) return;
    const waited = Date.now() - started;
    this.strapi.log.warn(
      `[search] ${this.changeKind} sync: other instances' changes not applied here after ${waited} ms; going on`,
    );
  }

  /**
   * A batch failed with Meilisearch reachable: apply its jobs one at a time so
   * only the jobs at fault count an attempt. Returns the error to back off on when a job
   * failed without being parked, or when Meilisearch became unavailable; else null.
   */
  private async applyOneByOne(jobs: SyncJob[]): Promise<unknown> {
    let retryLater: unknown = null;
    for (const job of jobs) {
      let failure: unknown = null;
      try {
        await this.apply([job]);
      } catch (error) {
        failure = error;
      }
      if (failure === null) await this.queue.remove([job.id]);
      else if (isSearchUnavailable(failure)) return failure;
      else if (!(await this.recordFailure(job, failure))) retryLater = failure;
    }
    return retryLater;
  }

  /** Counts a failed attempt; parks the job (logged once, with its error) at the limit. Returns whether it parked. */
  private async recordFailure(job: SyncJob, error: unknown): Promise<boolean> {
    const message = error instanceof Error ? error.message : String(error);
    const attempts = job.attempts + 1;
    if (attempts < this.runtime.config.syncMaxAttempts) {
      await this.queue.markFailed([job.id], message);
      return false;
    }
    await this.queue.park(job.id, attempts, message);
    const what = [job.target, job.documentId, job.locale].filter(Boolean).join(' ');
    this.strapi.log.error(`[search] parked sync job ${job.id} (${what}) after ${attempts} attempts: ${message}`);
    return true;
  }

  private async apply(jobs: SyncJob[]): Promise<void> {
    const { settings, whole, entries } = planChanges(jobs);
    for (const locale of settings) await this.applySettings(locale);
    for (const locale of whole) {
      // The locale's statistics are counted afresh from the content the index is rebuilt from.
      if (!settings.has(locale)) await this.runtime.rebuildAnalyzers(locale);
      await this.reconcileLocale(locale);
    }
    const { adds, deletes, reanalyzed } = await this.runtime.applyEntries(entries);
    try {
      await this.write(adds, deletes);
    } catch (error) {
      // Once counted, their splits are no longer "changed" on any instance: queued, they are written later.
      const jobs = reanalyzed.map(({ kind, documentId, locale }) => ({ target: kind, documentId, locale }));
      if (jobs.length > 0) await this.queue.enqueue(jobs);
      throw error;
    }
  }

  private async write(adds: IndexChanges['adds'], deletes: IndexChanges['deletes']): Promise<void> {
    // Enqueue every change (each request awaited, so a failure surfaces here), then wait for all.
    const taskUids: number[] = [];
    for (const [locale, docs] of adds)
      taskUids.push(
        (await this.runtime.admin.index(this.runtime.indexUid(locale)).addDocuments(docs, { primaryKey: 'id' }))
          .taskUid,
      );
    for (const [locale, ids] of deletes)
      taskUids.push((await this.runtime.admin.index(this.runtime.indexUid(locale)).deleteDocuments(ids)).taskUid);
    await waitForTasks(this.runtime, taskUids);
  }

  /**
   * An index that holds a different number of documents than the database has
   * published (or draft) entries (a new or wiped Meilisearch, a restore), or documents analyzed
   * otherwise than the database's content is now (staleIndexSample: written before fingerprints, or by
   * an older analyzer after an upgrade), is rebuilt in place.
   */
  private async enqueueMissingLocales(): Promise<void> {
    for (const locale of SEARCH_LOCALES) {
      const index = this.runtime.admin.index(this.runtime.indexUid(locale));
      const stats = await index.getStats();
      const sample = await index.getDocuments<Partial<SearchDocument>>({ fields: ['id', 'fp'], limit: 50 });
      if (staleIndexSample(sample.results, this.runtime.features[locale])) {
        this.strapi.log.info(`[search] ${index.uid} was analyzed otherwise than the content now is: rebuilding`);
        await this.queue.enqueue([{ target: 'all', documentId: null, locale }]);
        continue;
      }
      let published = 0;
      for (const uid of Object.values(KIND_UID)) {
        const where = { locale, ...STATUS_WHERE[this.runtime.status] };
        published += await this.strapi.db.query(uid).count({ where });
      }
      if (stats.numberOfDocuments !== published) {
        this.strapi.log.info(
          `[search] ${this.runtime.indexUid(locale)} has ${stats.numberOfDocuments} documents, database ${published}: rebuilding`,
        );
        await this.queue.enqueue([{ target: 'all', documentId: null, locale }]);
      }
    }
  }

  /** Vocabulary published: rebuild the analyzer, push settings, re-analyze the locale's documents. */
  private async applySettings(locale: SearchLocale): Promise<void> {
    await this.runtime.rebuildAnalyzers(locale);
    const uid = this.runtime.indexUid(locale);
    const task = await this.runtime.admin
      .index(uid)
      .updateSettings(indexSettings(this.runtime.analyzers[locale], this.runtime.vocabularies[locale]))
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== 'succeeded') throw taskFailure(`settings of ${uid}`, task);
    await this.reconcileLocale(locale);
  }

  /** Makes a locale's index equal to the published content (adds, updates, removes). */
  private async reconcileLocale(locale: SearchLocale): Promise<void> {
    const index = this.runtime.admin.index(this.runtime.indexUid(locale));
    const keep = new Set<string>();
    for await (const page of readAllKnowledgeEntries(this.strapi, locale, 200, this.runtime.status)) {
      const docs = page.map((e) => buildSearchDocument(e, this.runtime.analyzers[locale]));
      docs.forEach((d) => keep.add(d.id));
      const t = await index
        .addDocuments(docs, { primaryKey: 'id' })
        .waitTask({ timeout: TASK_TIMEOUT_MS, interval: 10 });
      if (t.status !== 'succeeded') throw taskFailure(`indexing ${index.uid}`, t);
    }
    const stale: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments<{ id: string }>({ fields: ['id'], offset, limit: 1000 });
      stale.push(...page.results.map((d) => d.id).filter((id) => !keep.has(id)));
      if (page.results.length < 1000) break;
    }
    if (stale.length) await index.deleteDocuments(stale).waitTask({ timeout: TASK_TIMEOUT_MS, interval: 10 });
  }
}

/** Waits for Meilisearch tasks; throws naming the first that did not succeed. */
export async function waitForTasks(
  runtime: SearchRuntime,
  taskUids: number[],
  timeout = TASK_TIMEOUT_MS,
): Promise<void> {
  if (taskUids.length === 0) return;
  const tasks = await runtime.admin.tasks.waitForTasks(taskUids, { timeout, interval: 10 });
  const failed = tasks.find((t) => t.status !== 'succeeded');
  if (failed) throw taskFailure(`Meilisearch task ${failed.uid} on ${failed.indexUid}`, failed);
}

type FinishedTask = { status: string; error?: { message: string; type: string } | null };

/** A task Meilisearch did not apply; `cause` is its error type (internal/system = search trouble). */
function taskFailure(what: string, task: FinishedTask): SearchError {
  const message = `${what} ${task.status}: ${task.error?.message ?? ''}`;
  return new SearchError('task_failed', message, { cause: task.error?.type });
}
