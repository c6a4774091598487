import type { Core } from '@strapi/strapi';
import { JOB_UID } from '../content-uids';

/** `answer`/`path` + documentId + locale: reconcile that entry; `settings`/`all` + locale: vocabulary or whole locale. */
export type JobTarget = 'answer' | 'path' | 'settings' | 'all';
export interface SyncJob { id: number; target: JobTarget; documentId: string | null; locale: string | null; attempts: number }
export type NewJob = Omit<SyncJob, 'id' | 'attempts'>;

/**
 * Durable queue of index changes, in the CMS database: a change is enqueued
 * in the same transaction as the content write, and removed only after
 * Meilisearch has applied it.
 */
export class SyncQueue {
  constructor(private readonly strapi: Core.Strapi) {}

  private get q() {
    return this.strapi.db.query(JOB_UID as never);
  }

  async enqueue(jobs: NewJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.q.createMany({ data: jobs.map((j) => ({ target: j.target, entryId: j.documentId, entryLocale: j.locale, attempts: 0 })) });
  }

  async take(limit: number): Promise<SyncJob[]> {
    const rows = (await this.q.findMany({ orderBy: { id: 'asc' }, limit, select: ['id', 'target', 'entryId', 'entryLocale', 'attempts'] })) as Array<Record<string, any>>;
    return rows.map((r) => ({ id: r.id, target: r.target, documentId: r.entryId ?? null, locale: r.entryLocale ?? null, attempts: r.attempts ?? 0 }));
  }

  async remove(ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) await this.q.deleteMany({ where: { id: { $in: ids.slice(i, i + 500) } } });
  }

  async markFailed(ids: number[], error: string): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const knex = this.strapi.db.connection;
      const meta = this.strapi.db.metadata.get(JOB_UID);
      const column = (key: string) => (meta.attributes[key] as { columnName?: string }).columnName ?? key;
      await knex(meta.tableName).whereIn('id', ids.slice(i, i + 500))
        .update({ [column('lastError')]: error.slice(0, 2000), [column('attempts')]: knex.raw('?? + 1', [column('attempts')]) });
    }
  }

  async size(): Promise<number> {
    return this.q.count({});
  }
}
