import type { Core } from '@strapi/strapi';
import { SEARCH_LOCALES, buildSearchDocument, type SearchLocale } from '@botkb/search';
import type { SearchRuntime } from './search-runtime';
import type { SyncQueue } from './sync-queue';
import { readAllKnowledgeEntries } from './read-knowledge-entries';
import { waitForTasks } from './sync-worker';
import { ANSWER_UID, PATH_UID, UID_KIND } from '../content-uids';

export interface ReindexProgress {
  locale: SearchLocale;
  indexed: number;
  phase: 'indexing' | 'swapping' | 'done';
}

const TASK_TIMEOUT_MS = 600_000;

/**
 * Rebuilds every locale's index from the database into a fresh index and
 * swaps it in atomically, so searches keep working throughout. Changes made
 * while it runs are re-queued afterwards, so none is lost.
 */
export async function reindexAll(
  strapi: Core.Strapi,
  runtime: SearchRuntime,
  queue: SyncQueue,
  onProgress?: (p: ReindexProgress) => void,
): Promise<Record<SearchLocale, number>> {
  const startedAt = new Date();
  // Fresh analyzers and statistics from the database (init builds them itself).
  if (runtime.ready) await runtime.rebuildAnalyzers();
  else await runtime.init();
  const counts = {} as Record<SearchLocale, number>;
  for (const locale of SEARCH_LOCALES) {
    const live = runtime.indexUid(locale);
    const fresh = `${live}_rebuild_${Date.now()}`;
    await runtime.admin.deleteIndex(fresh).waitTask({ timeout: TASK_TIMEOUT_MS });
    await runtime.ensureIndex(fresh, locale);
    await runtime.ensureIndexExists(live); // the swap needs both; its settings are replaced anyway
    const index = runtime.admin.index(fresh);
    const taskUids: number[] = [];
    let indexed = 0;
    for await (const page of readAllKnowledgeEntries(strapi, locale, 500, runtime.status)) {
      taskUids.push(
        (
          await index.addDocuments(
            page.map((e) => buildSearchDocument(e, runtime.analyzers[locale])),
            { primaryKey: 'id' },
          )
        ).taskUid,
      );
      indexed += page.length;
      onProgress?.({ locale, indexed, phase: 'indexing' });
    }
    await waitForTasks(runtime, taskUids, TASK_TIMEOUT_MS);
    onProgress?.({ locale, indexed, phase: 'swapping' });
    const swap = await runtime.admin
      .swapIndexes([{ indexes: [live, fresh], rename: false }])
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    if (swap.status !== 'succeeded') throw new Error(`swapping ${live} failed: ${swap.error?.message ?? swap.status}`);
    await runtime.admin.deleteIndex(fresh).waitTask({ timeout: TASK_TIMEOUT_MS });
    counts[locale] = indexed;
    onProgress?.({ locale, indexed, phase: 'done' });
  }
  // Whatever changed while the new indexes were built is applied again.
  for (const uid of [ANSWER_UID, PATH_UID]) {
    const changed = (await strapi.db
      .query(uid)
      .findMany({ where: { updatedAt: { $gte: startedAt } }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    await queue.enqueue(
      [...new Set(changed.map((r) => r.documentId))].map((documentId) => ({
        target: UID_KIND[uid],
        documentId,
        locale: null,
      })),
    );
  }
  runtime.version += 1;
  return counts;
}
