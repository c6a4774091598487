import { Meilisearch } from 'meilisearch';
import type { HttpClient } from './node-http-client';

/**
 * The official client with uncompressed responses: with the default
 * `Accept-Encoding` every request stalls ~40 ms on loopback. With `httpClient` (createNodeHttpClient),
 * requests go through Node's http module on kept-alive connections instead of `fetch` (cheaper per
 * request; a refused request is a MeilisearchRequestError with the MeilisearchApiError as cause).
 */
export function createSearchClient(opts: {
  host: string;
  apiKey: string;
  timeoutMs?: number;
  httpClient?: HttpClient;
}): Meilisearch {
  return new Meilisearch({
    host: opts.host,
    apiKey: opts.apiKey,
    timeout: opts.timeoutMs ?? 5_000,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    ...(opts.httpClient ? { httpClient: opts.httpClient } : {}),
  });
}

export function indexUid(prefix: string, locale: string): string {
  return `${prefix}${locale}`;
}
