import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { createNodeHttpClient, createSearchClient, type ClosableHttpClient } from '@botkb/search';

/** A local HTTP server answering each request with `reply` (a real socket, no stand-in for Node's http). */
async function serve(reply: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void) {
  const requests: Array<{ method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      reply(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  };
  return { host, requests, server, close };
}

const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

/** The http clients a test made: their kept-alive connections are closed after it. */
const made: ClosableHttpClient[] = [];
afterEach(() => made.splice(0).forEach((http) => http.close()));

/** A search client over Node http (createNodeHttpClient), as the bot's. */
function nodeClient(host: string, apiKey = 'k', timeoutMs?: number) {
  const httpClient = createNodeHttpClient();
  made.push(httpClient);
  return createSearchClient({ host, apiKey, httpClient, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
}

describe('createSearchClient with createNodeHttpClient: the bot searches over Node http', () => {
  it('sends what the client sends (method, path, key, JSON body) and returns the parsed answer', async () => {
    const s = await serve((_req, _body, res) => json(res, 200, { results: [{ hits: [{ id: 'a' }] }] }));
    try {
      const client = nodeClient(s.host, 'key-1');
      const { results } = await client.multiSearch({ queries: [{ indexUid: 'kb_fi', q: 'hammas', limit: 3 }] });
      expect(results[0].hits).toEqual([{ id: 'a' }]);
      const [sent] = s.requests;
      expect(sent.method).toBe('POST');
      expect(sent.url).toBe('/multi-search');
      expect(sent.headers.authorization).toBe('Bearer key-1');
      expect(sent.headers['accept-encoding']).toBe('identity');
      expect(JSON.parse(sent.body)).toEqual({ queries: [{ indexUid: 'kb_fi', q: 'hammas', limit: 3 }] });
    } finally {
      await s.close();
    }
  });

  it('keeps the connection alive between searches', async () => {
    const s = await serve((_req, _body, res) => json(res, 200, { hits: [] }));
    let connections = 0;
    s.server.on('connection', () => (connections += 1));
    try {
      const client = nodeClient(s.host);
      for (let i = 0; i < 5; i++) await client.index('kb_fi').search('x');
      expect(s.requests).toHaveLength(5);
      expect(connections).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('close() ends the kept-alive connection; a search after it opens a new one', async () => {
    const s = await serve((_req, _body, res) => json(res, 200, { hits: [] }));
    const closed: Array<Promise<void>> = [];
    s.server.on('connection', (socket) => closed.push(new Promise((r) => socket.on('close', () => r()))));
    try {
      const httpClient = createNodeHttpClient();
      made.push(httpClient);
      const client = createSearchClient({ host: s.host, apiKey: 'k', httpClient });
      await client.index('kb_fi').search('x');
      expect(closed).toHaveLength(1);
      httpClient.close();
      await closed[0];
      await client.index('kb_fi').search('x');
      expect(closed).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it("a refused search fails with Meilisearch's status and message (MeilisearchApiError as cause)", async () => {
    const s = await serve((_req, _body, res) => json(res, 403, { message: 'The provided API key is invalid.' }));
    try {
      const client = nodeClient(s.host);
      const error = await client
        .index('kb_fi')
        .search('x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      const cause = (error as MeilisearchRequestError).cause;
      expect(cause).toBeInstanceOf(MeilisearchApiError);
      expect((cause as MeilisearchApiError).response.status).toBe(403);
      expect((cause as MeilisearchApiError).message).toBe('The provided API key is invalid.');
    } finally {
      await s.close();
    }
  });

  it("times out like the fetch client (the client's timeout)", async () => {
    const s = await serve(() => undefined);
    try {
      const client = nodeClient(s.host, 'k', 100);
      const error = await client
        .index('kb_fi')
        .search('x')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      expect((error as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    } finally {
      await s.close();
    }
  });

  it('a search timed out on a kept-alive connection fails once, with no rejection left unhandled', async () => {
    let served = 0;
    const s = await serve((_req, _body, res) => {
      served += 1;
      // The second search, on the kept-alive connection, gets no answer: the client's timeout aborts it.
      if (served === 1) json(res, 200, { hits: [] });
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = nodeClient(s.host, 'k', 100);
      await client.index('kb_fi').search('x');
      const error = await client
        .index('kb_fi')
        .search('x')
        .catch((e: unknown) => e);
      expect((error as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
      await new Promise((r) => setTimeout(r, 200));
      expect(unhandled).toEqual([]);
      expect(served).toBe(2);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await s.close();
    }
  });

  it('an unreachable server is a MeilisearchRequestError', async () => {
    const s = await serve((_req, _body, res) => json(res, 200, {}));
    await s.close();
    const client = nodeClient(s.host);
    await expect(client.index('kb_fi').search('x')).rejects.toBeInstanceOf(MeilisearchRequestError);
  });

  it('sends a search again on a new connection when the server closed the kept-alive one as it was reused', async () => {
    let served = 0;
    const s = await serve((req, _body, res) => {
      served += 1;
      // The second request arrives on the kept-alive connection: dropped without an answer, as a
      // server whose idle timeout ran out at that moment does.
      if (served === 2) req.socket.destroy();
      else json(res, 200, { hits: [{ id: String(served) }] });
    });
    try {
      const client = nodeClient(s.host);
      expect((await client.index('kb_fi').search('x')).hits).toEqual([{ id: '1' }]);
      expect((await client.index('kb_fi').search('x')).hits).toEqual([{ id: '3' }]);
    } finally {
      await s.close();
    }
  });
});
