import type { Core } from '@strapi/strapi';
import { createSearchClient } from '@botkb/search';

interface SearchService {
  queue: { size(): Promise<number> };
  runtime: { ready: boolean; indexUid(locale: string): string; version: number; init(): Promise<void> } | null;
  worker: { drain(): Promise<void>; readonly idle: boolean } | null;
  health(): Promise<{ queued: number; parked: unknown[] }>;
}

export const searchService = (strapi: Core.Strapi) => strapi.get('botkb-search') as SearchService;

/** Waits until the sync worker has applied everything queued. */
export async function drainSearch(strapi: Core.Strapi, timeoutMs = 30_000): Promise<void> {
  const svc = searchService(strapi);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (svc.runtime?.ready && (await svc.queue.size()) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`search queue not drained within ${timeoutMs} ms (${await svc.queue.size()} left)`);
}

/**
 * Waits until both sync workers (published, drafts) have started, compared their indexes with the
 * database, applied what that queued and found nothing more to do; at once when search is off.
 */
export async function waitForSearchRebuilt(strapi: Core.Strapi, timeoutMs = 30_000): Promise<void> {
  const svc = searchService(strapi);
  const sets = [svc, (strapi.get('botkb-search') as { drafts: Pick<SearchService, 'queue' | 'worker'> }).drafts];
  const deadline = Date.now() + timeoutMs;
  const done = async () => {
    for (const set of sets) if (set.worker && (!set.worker.idle || (await set.queue.size()) > 0)) return false;
    return true;
  };
  while (Date.now() < deadline) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`search indexes not rebuilt within ${timeoutMs} ms`);
}

export function adminClient() {
  return createSearchClient({ host: process.env.MEILI_HOST as string, apiKey: process.env.MEILI_MASTER_KEY as string });
}

/** Slugs in a locale's index, sorted. */
export async function indexedSlugs(strapi: Core.Strapi, locale: string): Promise<string[]> {
  const uid = searchService(strapi).runtime!.indexUid(locale);
  const res = await adminClient()
    .index(uid)
    .getDocuments<{ slug: string }>({ fields: ['slug'], limit: 10_000 });
  return res.results.map((d) => d.slug).sort();
}

/** Waits until the draft index's sync worker has applied everything queued. */
export async function drainDrafts(strapi: Core.Strapi, timeoutMs = 30_000): Promise<void> {
  const drafts = (strapi.get('botkb-search') as { drafts: Pick<SearchService, 'queue' | 'runtime'> }).drafts;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (drafts.runtime?.ready && (await drafts.queue.size()) === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`draft queue not drained within ${timeoutMs} ms (${await drafts.queue.size()} left)`);
}
