import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken, createBotToken } from '../helpers/api';

let t: TestStrapi;
beforeAll(async () => {
  // No Meilisearch configured for this instance: the bot API must say so, and writes must still work.
  const limits = {
    BOT_RATE_LIMIT_PER_SEC: '1',
    BOT_RATE_LIMIT_BURST: '3',
    ANALYTICS_RATE_LIMIT_PER_SEC: '1',
    ANALYTICS_RATE_LIMIT_BURST: '3',
  };
  t = await startTestStrapi({ search: false, env: limits });
});
afterAll(async () => t?.stop());

describe('bot API limits and availability', () => {
  it('answers 429 with Retry-After once a client exceeds its rate, per token', async () => {
    const a = api(t.url, await createBotToken(t.strapi, 'bot a'));
    const b = api(t.url, await createBotToken(t.strapi, 'bot b'));
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await a.get('/bot/paths/ei-ole?locale=fi')).status);
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    const limited = await a.get('/bot/paths/ei-ole?locale=fi');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.body.error.name).toBe('TooManyRequestsError');
    expect((await b.get('/bot/paths/ei-ole?locale=fi')).status).toBe(404);
  });

  it('limits reports per user with the same 429 as the bot API', async () => {
    const a = await adminSession(t.strapi, t.url, 'botkb-manager');
    const b = await adminSession(t.strapi, t.url, 'strapi-editor');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await a.get('/analytics-api/monthly-usage')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await a.get('/analytics-api/savings?format=csv');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const wait = Number(limited.headers['retry-after']);
    expect(limited.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'TooManyRequestsError',
        message: `Rate limit exceeded; retry in ${wait} s`,
        details: { retryAfter: wait },
      },
    });
    expect((await b.get('/analytics-api/monthly-usage')).status).toBe(200);
  });

  it('answers 503 while search is unavailable, and CMS writes still succeed', async () => {
    const bot = api(t.url, await createBotToken(t.strapi, 'bot c'));
    const res = await bot.post('/bot/ask', { question: 'hammaslääkäri', locale: 'fi' });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    const writer = api(t.url, await createApiToken(t.strapi, 'full-access'));
    const created = await writer.post('/answers?locale=fi&status=published', {
      data: { slug: 'kirjoitus', title: 'Kirjoitus', body: 'Toimii', audience: 'resident' },
    });
    expect(created.status).toBe(201);
    const queued = await t.strapi.db.query('api::search-job.search-job' as never).count({});
    expect(queued).toBeGreaterThan(0); // waits for search, nothing lost
  });
});
