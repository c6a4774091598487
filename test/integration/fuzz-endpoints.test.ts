import request from 'supertest';
import fc from 'fast-check';
import { startDemoStrapi } from '../helpers/demo-strapi';
import type { TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken, createBotToken } from '../helpers/api';
import { expectSane, RANGE_REPORTS } from '../helpers/hostile-input';

/**
 * A bounded fuzz pass over every endpoint a bot, an integrator or an
 * analytics user can call: hostile query strings and JSON bodies (prototype
 * keys, huge and malformed values, nested objects, wrong types, absurd
 * dates). Nothing may answer 5xx or take long, and every 400 names its field.
 */
let t: TestStrapi;
let bot: ReturnType<typeof api>;
let readOnly: ReturnType<typeof api>;
let expert: Awaited<ReturnType<typeof adminSession>>;
let manager: Awaited<ReturnType<typeof adminSession>>;

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SLOW_MS = 5_000;

beforeAll(async () => {
  t = await startDemoStrapi({
    env: { ANALYTICS_RATE_LIMIT_PER_SEC: '1000', ANALYTICS_RATE_LIMIT_BURST: '1000', AUTH_FAILURE_LIMIT: '100000' },
  });
  bot = api(t.url, await createBotToken(t.strapi));
  readOnly = api(t.url, await createApiToken(t.strapi, 'read-only'));
  expert = await adminSession(t.strapi, t.url, 'strapi-editor');
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
}, 180_000);
afterAll(async () => t?.stop());

const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$where', 'id'];
const SPECIAL_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  'null',
  'undefined',
  '[]',
  '{}',
  '9999-12-31',
  '9999-12-01',
  '0999-01-01',
  '1000-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-04-31',
  '+275760-09-13',
  '2026-11-01T00:00:00Z',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '=cmd|"/c calc"!A1',
  'fi',
  'sv',
  'en',
  'web_chat',
  'Web Chat!',
  'resident',
  'DESC',
  'csv',
  'json',
  'a'.repeat(600),
  'ä'.repeat(5000),
];

const text = fc.oneof(
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(1e308),
  fc.constant(-0),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...SPECIAL_KEYS), fc.string({ maxLength: 12 })), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A valid body with one field replaced, one key added, or the whole body replaced. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), value).map(([k, v]) => ({ ...valid, [k]: v })),
    fc
      .tuple(fc.constantFrom(...SPECIAL_KEYS), value)
      .map(([k, v]) =>
        JSON.parse(JSON.stringify(valid).replace(/^\{/, () => `{${JSON.stringify(k)}:${JSON.stringify(v ?? null)},`)),
      ),
    value,
  );
}

/** A query string of hostile parameters, including Strapi's bracket syntax and repeated keys. */
function query(known: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom(...known, ...SPECIAL_KEYS, 'filters[$where]', 'populate[__proto__]', 'sort[0]', 'from[]', 'to[a]'),
    fc.string({ maxLength: 10 }),
  );
  const pair = fc
    .tuple(key, fc.oneof(text, fc.integer().map(String)))
    .map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`);
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.join('&'));
}

/** Any JSON value as raw text (supertest's send() refuses numbers; own `__proto__` keys survive JSON.stringify). */
const json = (body: unknown): string => JSON.stringify(body) ?? 'null';

async function timed(send: () => request.Test, what: string): Promise<void> {
  const started = Date.now();
  const res = await send();
  expectSane(res, Date.now() - started, what, SLOW_MS);
}

const REPORTS = [...RANGE_REPORTS, 'headline', 'knowledge'];
const REPORT_PARAMS = [
  'from',
  'to',
  'locale',
  'audience',
  'channel',
  'sort',
  'order',
  'page',
  'pageSize',
  'format',
  'breakdown',
  'status',
  'q',
  'kind',
];

describe('fuzz: no 5xx, every 400 names its field', () => {
  it("names the field for bodies that are not JSON objects and for Strapi's own query errors", async () => {
    const cases: Array<[request.Test, Array<string | number>]> = [
      [bot.sendJson('post', '/bot/ask', '0'), ['body']],
      [bot.sendJson('post', '/bot/ask', '"text"'), ['body']],
      [bot.sendJson('post', '/bot/ask', '{"question":'), ['body']],
      [bot.sendJson('post', '/bot/events', '{"events":[{"a":{"__proto__":1}}]}'), ['events', 0, 'a', '__proto__']],
      [readOnly.get('/answers?fields[0]=0&fields[0]=0'), ['fields']],
      [readOnly.get('/answers?filters[nope][$eq]=1'), ['nope']],
      // Names every object has through its prototype: Strapi took them for attributes (a CI fuzz run: 500).
      [readOnly.get('/answers?fields[0]=__proto__'), ['fields']],
      [readOnly.get('/answers?fields=title,constructor'), ['fields']],
      [readOnly.get('/answers?populate[topic][fields][0]=valueOf'), ['populate', 'topic', 'fields']],
      [readOnly.get('/answers?sort[0]=..%2F..%2Fetc%2Fpasswd&locale=0'), ['sort']],
      [
        expert.sendJson('post', '/analytics-api/unanswered/bulk', '{"ids":[{"toString":false}],"status":"ignored"}'),
        ['ids', 0],
      ],
    ];
    for (const [send, path] of cases) {
      const res = await send;
      expect([res.status, res.body.error?.details?.errors?.[0]?.path]).toEqual([400, path]);
    }
  });

  it('answers a NUL character in the path, a query parameter or a body with a 400 naming where it is', async () => {
    // PostgreSQL cannot store U+0000: a CI fuzz run found `/api/answers?locale=%00` answering 500.
    const cases: Array<[request.Test, Array<string | number>]> = [
      [readOnly.get('/answers?locale=%00'), ['locale']],
      [readOnly.get('/guidance-paths?filters[slug][$eq]=a%00b'), ['filters', 'slug', '$eq']],
      [readOnly.get('/answers/%00'), ['path']],
      [manager.get('/analytics-api/unanswered?q=%00'), ['q']],
      [bot.sendJson('post', '/bot/ask', '{"question":"hammas\\u0000laakari","locale":"fi"}'), ['question']],
      [
        bot.sendJson('post', '/bot/events', '{"events":[{"id":"n-1","type":"feedback","comment":"\\u0000"}]}'),
        ['events', 0, 'comment'],
      ],
    ];
    for (const [send, path] of cases) {
      const res = await send;
      expect([res.status, res.body.error?.details?.errors?.[0]?.path]).toEqual([400, path]);
    }
  });

  it('POST /api/bot/ask', async () => {
    const valid = {
      question: 'mistä saa ajan hammaslääkärille',
      locale: 'fi',
      audience: 'resident',
      sessionId: 's-1',
      channel: 'web_chat',
    };
    await fc.assert(
      fc.asyncProperty(mutated(valid), async (body) =>
        timed(() => bot.sendJson('post', '/bot/ask', json(body)), `ask ${JSON.stringify(body)}`),
      ),
      { numRuns: RUNS },
    );
  });

  it('POST /api/bot/events', async () => {
    const event = {
      id: 'f-1',
      type: 'feedback',
      sessionId: 's-1',
      timestamp: new Date().toISOString(),
      channel: 'web_chat',
      locale: 'fi',
      audience: 'resident',
      answerSlug: 'kirjastokortti',
      helpful: false,
      comment: 'ok',
    };
    const bodies = fc.oneof(
      mutated(event).map((e) => ({ events: [e] })),
      mutated({ events: [event] }),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) =>
        timed(() => bot.sendJson('post', '/bot/events', json(body)), `events ${JSON.stringify(body)}`),
      ),
      { numRuns: RUNS },
    );
  });

  it('GET /api/bot/paths/:slug', async () => {
    const slug = fc.oneof(
      fc.constantFrom('tarvitsen-apua-nyt', '__proto__', 'constructor'),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(slug, query(['locale']), async (s, q) =>
        timed(() => bot.get(`/bot/paths/${encodeURIComponent(s)}?${q}`), `path ${s}?${q}`),
      ),
      { numRuns: RUNS },
    );
  });

  it('content API lists and documents (read-only token)', async () => {
    const type = fc.constantFrom('answers', 'guidance-paths', 'partner-services', 'topics');
    const q = query([
      'locale',
      'status',
      'populate',
      'filters[slug][$eq]',
      'sort',
      'pagination[pageSize]',
      'fields[0]',
    ]);
    await fc.assert(
      fc.asyncProperty(type, q, fc.option(fc.string({ maxLength: 30 })), async (ty, qs, id) => {
        const path = id === null ? `/${ty}?${qs}` : `/${ty}/${encodeURIComponent(id)}?${qs}`;
        await timed(() => readOnly.get(path), `content ${path}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET /analytics-api reports, JSON and CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REPORTS), query(REPORT_PARAMS), async (report, q) => {
        await timed(() => manager.get(`/analytics-api/${report}?${q}`), `${report}?${q}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('triage and savings writes', async () => {
    const id = fc.oneof(
      fc.constantFrom('1', '0', '-1', '1e3', '__proto__', '99999999999999999999'),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(
        id,
        mutated({ status: 'resolved', target: { kind: 'answer', slug: 'kirjastokortti' }, phrasing: 'x' }),
        async (gid, body) => {
          await timed(
            () => expert.sendJson('put', `/analytics-api/unanswered/${encodeURIComponent(gid)}`, json(body)),
            `PUT unanswered/${gid} ${JSON.stringify(body)}`,
          );
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(mutated({ ids: [1, 2], status: 'ignored' }), async (body) => {
        await timed(
          () => expert.sendJson('post', '/analytics-api/unanswered/bulk', json(body)),
          `bulk ${JSON.stringify(body)}`,
        );
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(mutated({ into: 1, ids: [2, 3] }), async (body) => {
        await timed(
          () => expert.sendJson('post', '/analytics-api/unanswered/merge', json(body)),
          `merge ${JSON.stringify(body)}`,
        );
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(id, mutated({ texts: ['x'], into: 2 }), async (gid, body) => {
        const path = `/analytics-api/unanswered/${encodeURIComponent(gid)}/move`;
        await timed(() => expert.sendJson('post', path, json(body)), `move ${gid} ${JSON.stringify(body)}`);
      }),
      { numRuns: RUNS },
    );
    const current = (await manager.get('/analytics-api/savings-parameters')).body.data as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(mutated(current), async (body) => {
        await timed(
          () => manager.sendJson('put', '/analytics-api/savings-parameters', json(body)),
          `savings-parameters ${JSON.stringify(body)}`,
        );
      }),
      { numRuns: RUNS },
    );
    const totals = (await manager.get('/analytics-api/savings?from=2020-01-01&to=2029-12-31')).body.meta?.totals ?? {};
    for (const v of Object.values(totals)) expect(typeof v === 'number' || v === null).toBe(true);
  });
});
