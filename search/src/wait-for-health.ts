import { SearchError } from './search-error';

/** Polls `GET /health` until Meilisearch answers `available`, or throws after `timeoutMs`. */
export async function waitForHealth(
  host: string,
  opts: { timeoutMs?: number; isAlive?: () => boolean } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (opts.isAlive && !opts.isAlive())
      throw new SearchError('start_failed', `Meilisearch at ${host} exited while starting`);
    try {
      const res = await fetch(`${host}/health`, { headers: { 'Accept-Encoding': 'identity' } });
      if (res.ok && ((await res.json()) as { status?: string }).status === 'available') return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new SearchError('not_healthy', `Meilisearch at ${host} did not become healthy`, { cause: lastError });
}
