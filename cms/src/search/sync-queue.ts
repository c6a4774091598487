import type { Core } from '@strapi/strapi';
import { JOB_UID } from '../content-uids';
import type { KnowledgeContent } from './knowledge-content';

/** `answer`/`path` + documentId + locale: reconcile that entry; `settings`/`all` + locale: vocabulary or whole locale. */
export const JOB_TARGETS = ['answer', 'path', 'settings', 'all'] as const;
export type JobTarget = (typeof JOB_TARGETS)[number];
export interface SyncJob {
  id: number;
  target: JobTarget;
  documentId: string | null;
  locale: string | null;
  attempts: number;
}
export type NewJob = Omit<SyncJob, 'id' | 'attempts'>;
/** A job that failed `attempts` times with Meilisearch reachable and waits for a retry. */
export interface ParkedJob extends SyncJob {
  lastError: string | null;
}

export const isJobTarget = (value: string): value is JobTarget => (JOB_TARGETS as readonly string[]).includes(value);

/** Rows still to apply: `parked` is null on rows written before the column existed. */
const WAITING = { $or: [{ parked: false }, { parked: null }] };
const PARKED = { parked: true };
/** Each content's jobs: `content` is null on rows written before the draft index existed. */
const OF_CONTENT: Record<KnowledgeContent, Record<string, unknown>> = {
  published: { $or: [{ content: 'published' }, { content: null }] },
  drafts: { content: 'drafts' },
};
const toJob = (r: Record<string, any>): SyncJob => ({
  id: r.id,
  target: r.target,
  documentId: r.entryId ?? null,
  locale: r.entryLocale ?? null,
  attempts: r.attempts ?? 0,
});

/**
 * Durable queue of index changes, in the CMS database: a change is enqueued
 * in the same transaction as the content write, and removed only after
 * Meilisearch has applied it.
 */
export class SyncQueue {
  constructor(
    private readonly strapi: Core.Strapi,
    readonly content: KnowledgeContent = 'published',
  ) {}

  private get q() {
    return this.strapi.db.query(JOB_UID);
  }

  /** `where` limited to this queue's content. */
  private mine(where: Record<string, unknown>) {
    return { $and: [OF_CONTENT[this.content], where] };
  }

  /** Queues `jobs`; a parked job for the same target and document is retried with them. */
  async enqueue(jobs: NewJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const data = jobs.map((j) => ({
      target: j.target,
      entryId: j.documentId,
      entryLocale: j.locale,
      attempts: 0,
      parked: false,
      content: this.content,
    }));
    await this.q.createMany({ data });
    const changed = new Map(jobs.map((j) => [`${j.target}|${j.documentId ?? ''}`, j]));
    for (const job of changed.values()) {
      const where = this.mine({ ...PARKED, target: job.target, entryId: job.documentId });
      await this.q.updateMany({ where, data: { parked: false, attempts: 0 } });
    }
  }

  /** The oldest `limit` jobs that are not parked. */
  async take(limit: number): Promise<SyncJob[]> {
    const select = ['id', 'target', 'entryId', 'entryLocale', 'attempts'];
    const rows = await this.q.findMany({ where: this.mine(WAITING), orderBy: { id: 'asc' }, limit, select });
    return (rows as Array<Record<string, any>>).map(toJob);
  }

  /** Sets a job aside (kept, with its error) so the jobs after it are applied. */
  async park(id: number, attempts: number, error: string): Promise<void> {
    await this.q.update({ where: { id }, data: { parked: true, attempts, lastError: error.slice(0, 2000) } });
  }

  async parkedJobs(): Promise<ParkedJob[]> {
    const select = ['id', 'target', 'entryId', 'entryLocale', 'attempts', 'lastError'];
    const rows = await this.q.findMany({ where: this.mine(PARKED), orderBy: { id: 'asc' }, select });
    return (rows as Array<Record<string, any>>).map((r) => ({ ...toJob(r), lastError: r.lastError ?? null }));
  }

  /** Puts every parked job back in line (npm run reindex). */
  async retryParked(): Promise<void> {
    await this.q.updateMany({ where: this.mine(PARKED), data: { parked: false, attempts: 0 } });
  }

  async remove(ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500)
      await this.q.deleteMany({ where: { id: { $in: ids.slice(i, i + 500) } } });
  }

  async markFailed(ids: number[], error: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const knex = this.strapi.db.connection;
      const meta = this.strapi.db.metadata.get(JOB_UID);
      const column = (key: string) => (meta.attributes[key] as { columnName?: string }).columnName ?? key;
      await knex(meta.tableName)
        .whereIn('id', ids.slice(i, i + 500))
        .update({
          [column('lastError')]: error.slice(0, 2000),
          [column('attempts')]: knex.raw('?? + 1', [column('attempts')]),
        });
    }
  }

  /** Jobs waiting to be applied (parked ones not included). */
  async size(): Promise<number> {
    return this.q.count({ where: this.mine(WAITING) });
  }
}
