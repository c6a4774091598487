import type { Core } from '@strapi/strapi';
import { searchConfig } from './search-config';
import { SearchRuntime } from './search-runtime';
import { SyncQueue, type ParkedJob } from './sync-queue';
import { SyncWorker } from './sync-worker';
import { createSyncMiddleware } from './sync-middleware';
import { reindexAll, type ReindexProgress } from './reindex-all';
import type { ChangeBus } from '../cluster/change-bus';
import type { KnowledgeContent } from './knowledge-content';

/** One index set (published or drafts): its durable queue; its runtime and worker when Meilisearch is configured. */
export interface IndexedContent {
  readonly queue: SyncQueue;
  readonly runtime: SearchRuntime | null;
  readonly worker: SyncWorker | null;
}

function indexedContent(
  strapi: Core.Strapi,
  changes: ChangeBus,
  content: KnowledgeContent,
  mayWork?: () => boolean,
): IndexedContent {
  const config = searchConfig(strapi);
  const queue = new SyncQueue(strapi, content);
  if (!config.host || !config.masterKey) return { queue, runtime: null, worker: null };
  const runtime = new SearchRuntime(strapi, { ...config, host: config.host, masterKey: config.masterKey }, content);
  // Another instance applied changes to this index: the entries it names are applied here too (all if unknown).
  const kind = content === 'published' ? 'search' : 'drafts';
  changes.on(kind, (changed) => runtime.reload(changed));
  return { queue, runtime, worker: new SyncWorker(strapi, runtime, queue, changes, kind, mayWork) };
}

/**
 * Wiring of search into Strapi: the published index (what bots search) and the
 * draft index (what staff try), each kept in sync by its own queue and worker.
 */
export class SearchService implements IndexedContent {
  readonly queue: SyncQueue;
  readonly runtime: SearchRuntime | null;
  readonly worker: SyncWorker | null;
  /** The latest draft of every document: only POST /analytics-api/try and question-bank runs search it. */
  readonly drafts: IndexedContent;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly changes: ChangeBus,
  ) {
    ({ queue: this.queue, runtime: this.runtime, worker: this.worker } = indexedContent(strapi, changes, 'published'));
    // The bots' index comes first: the draft index is worked on while the published one has nothing queued.
    this.drafts = indexedContent(strapi, changes, 'drafts', () => this.worker?.idle === true);
    const queues = { published: this.queue, drafts: this.drafts.queue };
    strapi.documents.use(
      createSyncMiddleware(strapi, queues, () => {
        this.worker?.wake();
        this.drafts.worker?.wake();
      }),
    );
  }

  /** The published or the draft index set. */
  of(content: KnowledgeContent): IndexedContent {
    return content === 'published' ? this : this.drafts;
  }

  /** Rebuilds all indexes (published, then drafts) with zero downtime (npm run reindex). */
  async reindex(onProgress?: (p: ReindexProgress) => void) {
    if (!this.runtime || !this.drafts.runtime) {
      throw new Error('Meilisearch is not configured (MEILI_HOST, MEILI_MASTER_KEY)');
    }
    await this.queue.retryParked();
    const counts = await reindexAll(this.strapi, this.runtime, this.queue, onProgress);
    await this.changes.changed('search', { here: false });
    this.worker?.wake();
    await this.drafts.queue.retryParked();
    await reindexAll(this.strapi, this.drafts.runtime, this.drafts.queue);
    await this.changes.changed('drafts', { here: false });
    this.drafts.worker?.wake();
    return counts;
  }

  /** Sync queue health: jobs waiting and jobs parked after failing (with their errors). */
  async health(): Promise<{ queued: number; parked: ParkedJob[] }> {
    return { queued: await this.queue.size(), parked: await this.queue.parkedJobs() };
  }

  start(): void {
    this.worker?.start();
    this.drafts.worker?.start();
  }

  async stop(): Promise<void> {
    await this.worker?.stop();
    await this.drafts.worker?.stop();
    this.runtime?.close();
    this.drafts.runtime?.close();
  }
}
