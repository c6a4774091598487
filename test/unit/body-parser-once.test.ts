import { join } from 'node:path';
import Koa from 'koa';
import request from 'supertest';
import { bodyParser } from '../../cms/src/http/build-body-parser-once';
import { countingMiddleware } from '../helpers/counting-middleware';

// Strapi's own middleware, as `strapi::body` is registered (not among the package's exports: read by path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { body: strapiBody } = require(join(__dirname, '../../node_modules/@strapi/core/dist/middlewares/body.js'));

type Middleware = (ctx: Koa.Context, next: () => Promise<void>) => Promise<unknown>;
type Factory = (config: unknown, ctx: { strapi: unknown }) => Middleware;

const strapi = (graphqlEndpoint?: string) => ({
  plugin: (name: string) =>
    name === 'graphql' && graphqlEndpoint
      ? { config: (key: string) => (key === 'endpoint' ? graphqlEndpoint : undefined) }
      : undefined,
});

/** The app's config/middlewares.ts configuration of strapi::body: its JSON limit and its 400 for a bad body. */
const CONFIG = {
  jsonLimit: '1kb',
  onError: (error: Error, ctx: Koa.Context) => {
    ctx.throw(400, `bad body: ${error.message}`);
  },
};

/** A Koa app with the body middleware, answering with what it parsed; how many requests went to Strapi's. */
function appWith(kind: 'strapi' | 'ours', graphqlEndpoint?: string) {
  const { factory: counting, handed } = countingMiddleware(strapiBody as Factory);
  const factory = kind === 'strapi' ? (strapiBody as Factory) : (bodyParser(counting as never) as unknown as Factory);
  const middleware = factory(CONFIG, { strapi: strapi(graphqlEndpoint) });
  const app = new Koa();
  app.use(middleware as never);
  app.use((ctx) => {
    const files = (ctx.request as { files?: Record<string, { originalFilename?: string; mimetype?: string }> }).files;
    ctx.body = {
      body: ctx.request.body ?? null,
      files: files
        ? Object.fromEntries(Object.entries(files).map(([k, f]) => [k, [f.originalFilename, f.mimetype]]))
        : null,
    };
  });
  return { server: app.callback(), handed };
}

type Send = (server: ReturnType<typeof appWith>['server']) => request.Test;

const REQUESTS: Array<[string, Send, boolean]> = [
  ['a JSON body', (s) => request(s).post('/api/bot/ask').send({ question: 'Mistä saan ajan?', locale: 'fi' }), false],
  ['a JSON array', (s) => request(s).put('/api/x').send([1, 'kaksi']), false],
  ['invalid JSON', (s) => request(s).post('/api/x').set('content-type', 'application/json').send('{"a":'), false],
  [
    'JSON over the limit',
    (s) =>
      request(s)
        .post('/api/x')
        .send({ text: 'x'.repeat(2_000) }),
    false,
  ],
  ['a form', (s) => request(s).post('/api/x').type('form').send('a=1&b=kaksi'), false],
  ['text', (s) => request(s).post('/api/x').set('content-type', 'text/plain').send('hei'), false],
  ['a GET', (s) => request(s).get('/api/answers?locale=fi'), false],
  ['a DELETE', (s) => request(s).delete('/api/x/1'), false],
  [
    'an upload',
    (s) => request(s).post('/upload').field('name', 'kuva').attach('files', Buffer.from('png?'), 'kuva.png'),
    true,
  ],
];

describe('bodyParser (strapi::body with koa-body built once)', () => {
  it.each(REQUESTS)('parses %s as strapi::body does (handed to Strapi: %s)', async (_what, send, handedOn) => {
    const theirs = appWith('strapi');
    const ours = appWith('ours');
    const expected = await send(theirs.server);
    const got = await send(ours.server);
    expect(got.status).toBe(expected.status);
    expect(got.text).toBe(expected.text);
    expect(ours.handed.count).toBe(handedOn ? 1 : 0);
  });

  it('shows the parsed body and the error cases really differ (the comparison can fail)', async () => {
    const { server } = appWith('ours');
    const json = await request(server).post('/api/x').send({ a: 1 });
    expect(json.body).toEqual({ body: { a: 1 }, files: null });
    const bad = await request(server).post('/api/x').set('content-type', 'application/json').send('{"a":');
    expect(bad.status).toBe(400);
    const large = await request(server)
      .post('/api/x')
      .send({ text: 'x'.repeat(2_000) });
    expect(large.status).toBe(400);
    const upload = await request(server).post('/upload').attach('files', Buffer.from('png?'), 'kuva.png');
    expect(upload.body.files).toEqual({ files: ['kuva.png', 'image/png'] });
  });

  it('hands a GraphQL plugin’s endpoint to Strapi’s middleware', async () => {
    const ours = appWith('ours', '/graphql');
    await request(ours.server).post('/graphql').send({ query: '{ a }' });
    await request(ours.server).post('/api/x').send({ query: '{ a }' });
    expect(ours.handed.count).toBe(1);
  });
});
