import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

/** What the Meilisearch client calls instead of `fetch` (its `httpClient` option): the parsed JSON body. */
export type HttpClient = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

/** An HttpClient with kept-alive connections, and a way to close them once its search client is no longer used. */
export type ClosableHttpClient = HttpClient & {
  /**
   * Closes the connections kept alive. A socket opened during a request keeps that request's async context
   * (e.g. Strapi's request context, and with it the whole app) reachable for as long as it is kept.
   */
  close(): void;
};

/**
 * An `httpClient` for the Meilisearch client on Node's own http module with kept-alive connections.
 * `fetch` (undici) costs ~0.8 ms of CPU and ~1 ms of latency more per search on loopback (measured
 * on the bot's multi-searches): its streams and promise layers, not the network. Responses are
 * asked for uncompressed (see createSearchClient).
 *
 * The client wraps whatever this throws in a MeilisearchRequestError: a refused request has a
 * MeilisearchApiError (status and Meilisearch's message) as its `cause`; the client's timeout
 * aborts `init.signal` and has a MeilisearchRequestTimeOutError as cause, as with `fetch`.
 */
export function createNodeHttpClient(): ClosableHttpClient {
  const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
  // The client passes a URL and its request init.
  const client: HttpClient = (input, init = {}) =>
    send(new URL(input instanceof Request ? input.url : input), init, agents, true);
  return Object.assign(client, { close: () => Object.values(agents).forEach((agent) => agent.destroy()) });
}

function send(
  url: URL,
  init: RequestInit,
  agents: Record<'http:' | 'https:', http.Agent>,
  retry: boolean,
): Promise<unknown> {
  const signal = init.signal ?? null;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const body = typeof init.body === 'string' ? init.body : undefined;
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
  const request = protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers, agent: agents[protocol] }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        signal?.removeEventListener('abort', abort);
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          const parsed: unknown = text === '' ? undefined : JSON.parse(text);
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else {
            const response = new Response(null, { status, statusText: res.statusMessage ?? '' });
            reject(new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
          }
        } catch (error) {
          reject(error);
        }
      });
    });
    const abort = () => {
      req.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    req.on('error', (error: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', abort);
      // A kept-alive connection the server closed just as it was reused: sent once more on a new one. Not after
      // the client's timeout aborted the request (that destroys the socket too): the request has failed already,
      // and a second attempt would fail again with nothing left to handle its rejection (a crash).
      if (retry && req.reusedSocket && error.code === 'ECONNRESET' && !signal?.aborted)
        resolve(send(url, init, agents, false));
      else reject(error);
    });
    req.end(body);
  });
}
