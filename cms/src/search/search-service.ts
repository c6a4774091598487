import type { Core } from '@strapi/strapi';
import { searchConfig } from './search-config';
import { SearchRuntime } from './search-runtime';
import { SyncQueue, type ParkedJob } from './sync-queue';
import { SyncWorker } from './sync-worker';
import { createSyncMiddleware } from './sync-middleware';
import { reindexAll, type ReindexProgress } from './reindex-all';
import type { ChangeBus } from '../cluster/change-bus';

/** Wiring of search into Strapi: the queue always, the runtime and worker when Meilisearch is configured. */
export class SearchService {
  readonly queue: SyncQueue;
  readonly runtime: SearchRuntime | null;
  readonly worker: SyncWorker | null;

  constructor(private readonly strapi: Core.Strapi, private readonly changes: ChangeBus) {
    const config = searchConfig(strapi);
    this.queue = new SyncQueue(strapi);
    if (config.host && config.masterKey) {
      const runtime = new SearchRuntime(strapi, { ...config, host: config.host, masterKey: config.masterKey });
      this.runtime = runtime;
      this.worker = new SyncWorker(strapi, runtime, this.queue, changes);
      changes.on('search', () => runtime.reload());
    } else {
      this.runtime = null;
      this.worker = null;
    }
    strapi.documents.use(createSyncMiddleware(strapi, this.queue, () => this.worker?.wake()));
  }

  /** Rebuilds all indexes with zero downtime (npm run reindex). */
  async reindex(onProgress?: (p: ReindexProgress) => void) {
    if (!this.runtime) throw new Error('Meilisearch is not configured (MEILI_HOST, MEILI_MASTER_KEY)');
    await this.queue.retryParked();
    const counts = await reindexAll(this.strapi, this.runtime, this.queue, onProgress);
    await this.changes.changed('search', { here: false });
    this.worker?.wake();
    return counts;
  }

  /** Sync queue health: jobs waiting and jobs parked after failing (with their errors). */
  async health(): Promise<{ queued: number; parked: ParkedJob[] }> {
    return { queued: await this.queue.size(), parked: await this.queue.parkedJobs() };
  }

  start(): void {
    this.worker?.start();
  }

  async stop(): Promise<void> {
    await this.worker?.stop();
  }
}
