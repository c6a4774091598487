import request from 'supertest';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken, createBotToken } from '../helpers/api';
import fixture from '../fixtures/analytics-events.json';
import { documentedStatuses, expectMatchesSchema } from '../helpers/openapi';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';

/** Reports checked against a small hand-computed fixture (test/fixtures/analytics-events.json). */
let t: TestStrapi;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;
let editor: Awaited<ReturnType<typeof adminSession>>;
const RANGE = 'from=2026-09-01&to=2026-10-31';

const eventCount = async () => Number((await t.strapi.db.connection('botkb_events').count({ n: '*' }))[0].n);

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  expectMatchesSchema({ events: fixture.events }, 'EventBatch'); // the fixture is what the documented contract allows
  const res = await bot.post('/bot/events', { events: fixture.events });
  expect(res.status).toBe(200);
  expectMatchesSchema(res.body, 'EventBatchResult');
  expect(res.body.data).toEqual({ accepted: 26, duplicates: 0 });
});
afterAll(async () => t?.stop());

describe('event ingestion', () => {
  it('is idempotent: replaying the batch stores nothing new and changes no report', async () => {
    const before = (await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body;
    const replay = await bot.post('/bot/events', { events: fixture.events.slice(0, 10) });
    expect(replay.status).toBe(200);
    expect(replay.body.data).toEqual({ accepted: 0, duplicates: 10 });
    expect(await eventCount()).toBe(26);
    expect((await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body).toEqual(before);
  });

  it('rejects an invalid batch with a 400 naming the event and field, storing none of it', async () => {
    const base = {
      sessionId: 'bad',
      timestamp: '2026-10-01T10:00:00Z',
      channel: 'web_chat',
      locale: 'fi',
      audience: 'resident',
    };
    const events = [
      { ...base, id: 'bad-1', type: 'conversation_started' },
      { ...base, id: 'bad-2', type: 'message', role: 'user' },
      {
        ...base,
        id: 'bad-3',
        type: 'handoff_requested',
        handoffChannel: 'fax',
        reason: 'no_answer',
        urgency: 'normal',
      },
    ];
    const res = await bot.post('/bot/events', { events });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['events', 2, 'handoffChannel']);
    expect(res.body.error.message).toContain('events[2].handoffChannel');
    expect(await eventCount()).toBe(26);
    const cases: Array<[unknown, Array<string | number>]> = [
      [{ events: [{ ...base, id: 'x', type: 'path_step', pathSlug: 'p', stepKey: 's' }] }, ['events', 0, 'option']],
      [{ events: [{ ...base, id: 'x', type: 'teleport' }] }, ['events', 0, 'type']],
      [
        { events: [{ ...base, id: 'x', type: 'conversation_started', timestamp: 'yesterday' }] },
        ['events', 0, 'timestamp'],
      ],
      [{ events: [{ ...base, id: 'x', type: 'conversation_started', extra: 1 }] }, ['events', 0, 'extra']],
      [{ events: [{ ...base, id: 'x', type: 'feedback', helpful: true }] }, ['events', 0, 'answerSlug']],
      [
        { events: Array.from({ length: 501 }, (_, i) => ({ ...base, id: `m${i}`, type: 'conversation_started' })) },
        ['events'],
      ],
      [{ events: [] }, ['events']],
      [[1, 2], ['body']],
    ];
    for (const [body, path] of cases) {
      const r = await bot.post('/bot/events', body);
      expect([r.status, r.body.error?.details?.errors?.[0]?.path]).toEqual([400, path]);
      expect(documentedStatuses('/bot/events', 'post')).toContain('400');
      expectMatchesSchema(r.body, 'Error');
      expect(() => expectMatchesSchema(body, 'EventBatch')).toThrow(); // the contract rejects it too
    }
    expect(await eventCount()).toBe(26);
  });

  it('redacts free-text comments before storing them', async () => {
    const row = await t.strapi.db.connection('botkb_events').where({ event_id: 'fx-16' }).first('comment');
    expect(row.comment).toBe('Soittakaa minulle [PUHELIN] tai [EMAIL]');
  });

  it('accepts only bot tokens', async () => {
    const one = { events: [fixture.events[0]] };
    expect((await request(t.url).post('/api/bot/events').send(one)).status).toBe(403); // public role: no permission
    const readOnly = api(t.url, await createApiToken(t.strapi, 'read-only'));
    expect((await readOnly.post('/bot/events', one)).status).toBe(403);
  });
});

describe('reports on the fixture', () => {
  it('monthly usage counts Helsinki months (an event at 22:30 UTC on 30 Sept is October)', async () => {
    const res = await manager.get(`/analytics-api/monthly-usage?${RANGE}`);
    expect(res.status).toBe(200);
    expectAnalyticsResponse(res.body, '/analytics-api/monthly-usage', 'get');
    expect(res.body.total).toBe(2);
    const [sep, oct] = res.body.data;
    expect(sep).toMatchObject({
      id: '2026-09',
      conversations: 2,
      messages: 3,
      handoffs: 2,
      handoffConversations: 1,
      handoffRate: 0.5,
      feedbackHelpful: 1,
      feedbackUnhelpful: 1,
      helpfulRate: 0.5,
      questions: 0,
      answeredRate: null,
    });
    expect(oct).toMatchObject({
      id: '2026-10',
      conversations: 2,
      messages: 1,
      handoffs: 1,
      handoffConversations: 1,
      handoffRate: 0.5,
      feedbackHelpful: 1,
      feedbackUnhelpful: 0,
      helpfulRate: 1,
    });
  });

  it('breaks down and filters by locale, audience and channel', async () => {
    const byLocaleBody = (await manager.get(`/analytics-api/monthly-usage?${RANGE}&breakdown=locale`)).body;
    expectAnalyticsResponse(byLocaleBody, '/analytics-api/monthly-usage', 'get');
    const byLocale = byLocaleBody.data;
    const cell = (month: string, dim: string) => byLocale.find((r: { id: string }) => r.id === `${month}:${dim}`);
    expect(cell('2026-09', 'fi').conversations).toBe(2);
    expect(cell('2026-09', 'sv').conversations).toBe(0);
    expect(cell('2026-10', 'fi').conversations).toBe(1);
    expect(cell('2026-10', 'sv').conversations).toBe(1);
    const residents = (await manager.get(`/analytics-api/monthly-usage?${RANGE}&audience=resident`)).body.data;
    expect(residents.map((r: { conversations: number }) => r.conversations)).toEqual([2, 0]);
    const phone = (await manager.get(`/analytics-api/monthly-usage?${RANGE}&channel=phone_bot`)).body.data;
    expect(phone.map((r: { handoffs: number }) => r.handoffs)).toEqual([2, 0]);
    // A range inside one month reads days; 2026-09-10..2026-10-05 has s2 and s3 only.
    const partial = (await manager.get('/analytics-api/monthly-usage?from=2026-09-10&to=2026-10-05')).body.data;
    expect(partial.map((r: { conversations: number }) => r.conversations)).toEqual([1, 1]);
  });

  it('path performance is a per-step funnel', async () => {
    const res = await manager.get(`/analytics-api/path-performance?${RANGE}`);
    expectAnalyticsResponse(res.body, '/analytics-api/path-performance', 'get');
    const path = res.body.data.find((r: { id: string }) => r.id === 'fx-polku');
    expect(path).toMatchObject({ starts: 2, completions: 1, abandonments: 1, completionRate: 0.5 });
    const steps = Object.fromEntries(path.steps.map((s: { stepKey: string }) => [s.stepKey, s]));
    expect(steps.start).toMatchObject({ reached: 2, continued: 2, dropped: 0, dropOffRate: 0 });
    expect(steps.kiire).toMatchObject({ reached: 2, continued: 1, dropped: 1, dropOffRate: 0.5 });
    // Which option was chosen at each step, as the bots named it.
    expect(steps.start.options).toEqual([
      { option: '1', chosen: 1 },
      { option: '2', chosen: 1 },
    ]);
    expect(steps.kiire.options).toEqual([{ option: '2', chosen: 1 }]);
  });

  it('answer performance, partner clicks and handoffs', async () => {
    const answerReport = (await manager.get(`/analytics-api/answer-performance?${RANGE}`)).body;
    expectAnalyticsResponse(answerReport, '/analytics-api/answer-performance', 'get');
    const answers = answerReport.data;
    expect(answers.find((r: { id: string }) => r.id === 'fx-vastaus')).toMatchObject({
      shown: 2,
      helpful: 1,
      unhelpful: 1,
      helpfulRate: 0.5,
    });
    const partnerReport = (await manager.get(`/analytics-api/partner-clicks?${RANGE}`)).body;
    expectAnalyticsResponse(partnerReport, '/analytics-api/partner-clicks', 'get');
    const partners = partnerReport.data;
    expect(partners).toEqual([{ id: 'omaolo', slug: 'omaolo', name: 'omaolo', clicks: 2 }]);
    // Partner names come from the CMS and follow its changes at once (no answer or path needs republishing).
    const partnerDocs = t.strapi.documents('api::partner-service.partner-service' as never) as any;
    const created = await partnerDocs.create({
      locale: 'fi',
      status: 'published',
      data: { slug: 'omaolo', name: 'Omaolo', url: 'https://www.omaolo.fi', kind: 'national_service' },
    });
    expect((await manager.get(`/analytics-api/partner-clicks?${RANGE}`)).body.data[0].name).toBe('Omaolo');
    await partnerDocs.update({
      documentId: created.documentId,
      locale: 'fi',
      status: 'published',
      data: { name: 'Omaolo-palvelu' },
    });
    expect((await manager.get(`/analytics-api/partner-clicks?${RANGE}`)).body.data[0].name).toBe('Omaolo-palvelu');
    const handoffs = (await manager.get(`/analytics-api/handoffs?${RANGE}&sort=id&order=ASC`)).body;
    expectAnalyticsResponse(handoffs, '/analytics-api/handoffs', 'get');
    expect(handoffs.total).toBe(3);
    expect(handoffs.data.map((r: { id: string; count: number }) => `${r.id}=${r.count}`)).toEqual([
      'live_chat:complex_case:normal=1',
      'phone:no_answer:normal=1',
      'phone:user_request:urgent=1',
    ]);
  });

  it('estimates savings from conversations resolved by the bot, per channel', async () => {
    const res = await manager.get(`/analytics-api/savings?${RANGE}`);
    expectAnalyticsResponse(res.body, '/analytics-api/savings', 'get');
    // Sept: web_chat s1 completed a path (5 min); phone_bot s2 handed off.
    // Oct: web_chat s3 handed off; professional_chat s4 was shown an answer, found it helpful (8 min).
    expect(res.body.meta.totals).toMatchObject({
      conversations: 4,
      withHandoff: 2,
      resolvedByBot: 2,
      minutesSaved: 13,
      eurosSaved: 9.1,
    });
    const put = await manager.put('/analytics-api/savings-parameters', {
      minutesPerContact: { default: 10 },
      hourlyCost: 60,
      hoursPerStaffYear: 1500,
    });
    expect(put.status).toBe(200);
    expectAnalyticsResponse(put.body, '/analytics-api/savings-parameters', 'put');
    const after = await manager.get(`/analytics-api/savings?${RANGE}`);
    expect(after.body.meta.totals).toMatchObject({ minutesSaved: 20, eurosSaved: 20 });
    expect(
      (
        await editor.put('/analytics-api/savings-parameters', {
          minutesPerContact: { default: 1 },
          hourlyCost: 1,
          hoursPerStaffYear: 1,
        })
      ).status,
    ).toBe(403);
    const bad = await manager.put('/analytics-api/savings-parameters', {
      minutesPerContact: { web_chat: 5 },
      hourlyCost: -1,
      hoursPerStaffYear: 1600,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['minutesPerContact', 'default']);
    expectAnalyticsResponse(bad.body, '/analytics-api/savings-parameters', 'put', 400);
  });

  it('pages and sorts like react-admin lists, and downloads CSV', async () => {
    const page = (await manager.get(`/analytics-api/monthly-usage?${RANGE}&sort=month&order=DESC&page=1&pageSize=1`))
      .body;
    expect(page).toMatchObject({ total: 2, data: [{ id: '2026-10' }] });
    const csv = await manager.get(`/analytics-api/monthly-usage?${RANGE}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('monthly-usage-2026-09-01-2026-10-31.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['id', 'month', 'conversations', 'messages']);
    expect(lines[1].startsWith('2026-09,2026-09,2,3,')).toBe(true);
  });

  it('rejects bad parameters with a 400 naming them', async () => {
    for (const [query, field] of [
      ['from=2026-13-01', 'from'],
      ['from=2026-10-01&to=2026-09-01', 'to'],
      ['locale=en', 'locale'],
      ['pageSize=5000', 'pageSize'],
      ['bogus=1', 'bogus'],
      ['breakdown=topic', 'breakdown'],
    ]) {
      const r = await manager.get(`/analytics-api/monthly-usage?${query}`);
      expect([r.status, r.body.error?.details?.errors?.[0]?.path?.[0]]).toEqual([400, field]);
    }
  });

  it('counts published content per audience from publication history', async () => {
    const writer = api(t.url, await createApiToken(t.strapi, 'full-access'));
    const a = await writer.post('/answers?locale=fi&status=published', {
      data: { slug: 'fx-laskuri-a', title: 'A', body: 'a', audience: 'resident' },
    });
    await writer.post('/answers?locale=fi&status=published', {
      data: { slug: 'fx-laskuri-b', title: 'B', body: 'b', audience: 'business' },
    });
    const month = helsinkiDay(Date.now()).slice(0, 7); // months are Finnish time
    const counts = async () => {
      const body = (await manager.get(`/analytics-api/content-counts?from=${month}-01&to=${month}-01`)).body;
      expectAnalyticsResponse(body, '/analytics-api/content-counts', 'get');
      return body.data;
    };
    expect(await counts()).toEqual(
      expect.arrayContaining([
        { id: `${month}:resident`, month, audience: 'resident', answers: 1, paths: 0 },
        { id: `${month}:business`, month, audience: 'business', answers: 1, paths: 0 },
      ]),
    );
    await t.strapi
      .documents('api::answer.answer' as never)
      .unpublish({ documentId: a.body.data.documentId, locale: 'fi' } as never);
    expect((await counts()).find((r: { audience: string }) => r.audience === 'resident').answers).toBe(0);
    const lastMonth = (await manager.get('/analytics-api/content-counts?from=2026-09-01&to=2026-09-30')).body.data;
    expect(lastMonth.every((r: { answers: number }) => r.answers === 0)).toBe(true);
  });
});

describe('access control', () => {
  it('refuses reports to no token, bot tokens and content-API tokens; serves managers and content experts', async () => {
    const path = `/analytics-api/monthly-usage?${RANGE}`;
    expect((await request(t.url).get(path)).status).toBe(401);
    for (const token of [
      await createBotToken(t.strapi, 'bot x'),
      await createApiToken(t.strapi, 'read-only', 'ro x'),
      await createApiToken(t.strapi, 'full-access', 'fa x'),
    ]) {
      expect((await request(t.url).get(path).set('Authorization', `Bearer ${token}`)).status).toBe(401);
    }
    expect((await manager.get(path)).status).toBe(200);
    expect((await editor.get(path)).status).toBe(200);
    expectAnalyticsResponse((await manager.get('/analytics-api/me')).body, '/analytics-api/me', 'get');
    expect((await manager.get('/analytics-api/me')).body.data).toMatchObject({
      role: 'manager',
      canTriage: false,
      canEditSavings: true,
    });
    expect((await editor.get('/analytics-api/me')).body.data).toMatchObject({
      role: 'content_expert',
      canTriage: true,
      canEditSavings: false,
    });
    const author = await adminSession(t.strapi, t.url, 'strapi-author');
    expect((await author.get(path)).status).toBe(403);
  });
});
