import { Meilisearch } from 'meilisearch';

/**
 * The official client with uncompressed responses: with the default
 * `Accept-Encoding` every request stalls ~40 ms on loopback.
 */
export function createSearchClient(opts: { host: string; apiKey: string; timeoutMs?: number }): Meilisearch {
  return new Meilisearch({
    host: opts.host,
    apiKey: opts.apiKey,
    timeout: opts.timeoutMs ?? 5_000,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
}

export function indexUid(prefix: string, locale: string): string {
  return `${prefix}${locale}`;
}
