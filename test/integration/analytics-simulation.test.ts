import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';
import { prevMonth } from '../../cms/src/analytics/months';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';

/**
 * The resource simulation's API (cms/src/plugins/analytics-api/server/controllers/simulation.ts): the
 * bot's row prefilled from conversations resolved by the bot in the last 12
 * full months, results of an input, and named scenarios (managers save,
 * content experts read).
 */
let t: TestStrapi;
let manager: Awaited<ReturnType<typeof adminSession>>;
let expert: Awaited<ReturnType<typeof adminSession>>;

const thisMonth = helsinkiDay(Date.now()).slice(0, 7);
const monthsAgo = (n: number) => Array.from({ length: n }).reduce<string>((m) => prevMonth(m), thisMonth);

/** A conversation on day 28 of `month` in which the bot showed an answer: resolved by the bot. */
const resolved = (id: string, month: string) => {
  const base = {
    sessionId: `sim-${id}`,
    channel: 'web_chat',
    locale: 'fi',
    audience: 'resident',
    timestamp: `${month}-28T10:00:00Z`,
  };
  return [
    { ...base, id: `${id}-start`, type: 'conversation_started' },
    { ...base, id: `${id}-shown`, type: 'answer_shown', answerSlug: 'a' },
  ];
};

const INPUT = {
  startYear: 2027,
  hourlyCost: 35,
  yearlySalaryCost: 59_290,
  productiveHoursPerPerson: 1694,
  channels: [
    { name: 'Puhelut', contacts: 60_000, minutes: 6, changes: [-10, -5] },
    { name: 'Botti', contacts: 2, minutes: 0, changes: [50, 20] },
  ],
};

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  expert = await adminSession(t.strapi, t.url, 'strapi-editor');
  const bot = api(t.url, await createBotToken(t.strapi));
  const events = [
    ...resolved('last-month', monthsAgo(1)),
    ...resolved('year-ago', monthsAgo(12)),
    ...resolved('this-month', thisMonth), // not a full month yet: left out
    ...resolved('too-old', monthsAgo(13)), // before the 12 months: left out
  ].filter((e) => Date.parse(e.timestamp) <= Date.now());
  expect((await bot.post('/bot/events', { events })).status).toBe(200);
});
afterAll(async () => t?.stop());

describe('resource simulation', () => {
  it("prefills the bot's row with the conversations it resolved in the last 12 full months", async () => {
    const res = await manager.get('/analytics-api/simulation/baseline');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      from: `${monthsAgo(12)}-01`,
      botContacts: 2,
      startYear: Number(thisMonth.slice(0, 4)),
    });
  });

  it('computes hours, persons and salary costs of an input (hand-computed)', async () => {
    const res = await manager.post('/analytics-api/simulation/results', { input: INPUT });
    expect(res.status).toBe(200);
    const { totals, changes } = res.body.data.results;
    expect(totals.map((y: { hours: number }) => y.hours)).toEqual([6000, 5400, 5130]); // the bot row takes no staff time
    expect(totals.map((y: { salaryCost: number }) => Math.round(y.salaryCost))).toEqual([210_000, 189_000, 179_550]);
    expect(changes[2].rate).toBeCloseTo(-0.145, 10); // 179,550 / 210,000 − 1
  });

  it('names the bad field of an input in a 400', async () => {
    const bad = { ...INPUT, channels: [INPUT.channels[0], { ...INPUT.channels[1], minutes: -1 }] };
    const res = await manager.post('/analytics-api/simulation/results', { input: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['input', 'channels', 1, 'minutes']);
  });

  it('saves, lists, loads, replaces and deletes named scenarios; content experts only read', async () => {
    const saved = await manager.post('/analytics-api/simulation/scenarios', { name: 'Botti kasvaa', input: INPUT });
    expect(saved.status).toBe(200);
    const id = saved.body.data.id;
    expect(saved.body.data).toMatchObject({
      name: 'Botti kasvaa',
      input: INPUT,
      updatedBy: expect.stringContaining('manager'),
    });
    const changed = { ...INPUT, hourlyCost: 40 };
    const again = await manager.post('/analytics-api/simulation/scenarios', { name: 'Botti kasvaa', input: changed });
    expect(again.body.data.id).toBe(id); // the same name replaces the scenario
    const list = await expert.get('/analytics-api/simulation/scenarios');
    expect(list.body.data).toEqual([expect.objectContaining({ id, name: 'Botti kasvaa' })]);
    const loaded = await expert.get(`/analytics-api/simulation/scenarios/${id}`);
    expect(loaded.body.data.input).toEqual(changed);
    expect(loaded.body.data.results.totals[0].hourCost).toBe(240_000); // 6,000 h × 40 €
    expect((await expert.post('/analytics-api/simulation/scenarios', { name: 'Oma', input: INPUT })).status).toBe(403);
    expect((await expert.delete(`/analytics-api/simulation/scenarios/${id}`)).status).toBe(403);
    expect((await manager.delete(`/analytics-api/simulation/scenarios/${id}`)).status).toBe(200);
    expect((await manager.get(`/analytics-api/simulation/scenarios/${id}`)).status).toBe(404);
    const unnamed = await manager.post('/analytics-api/simulation/scenarios', { name: ' ', input: INPUT });
    expect(unnamed.body.error.details.errors[0].path).toEqual(['name']);
  });

  it('answers as analytics-api.json says, every simulation operation', async () => {
    const baseline = await manager.get('/analytics-api/simulation/baseline');
    expectAnalyticsResponse(baseline.body, '/analytics-api/simulation/baseline', 'get');
    const results = await manager.post('/analytics-api/simulation/results', { input: INPUT });
    expectAnalyticsResponse(results.body, '/analytics-api/simulation/results', 'post');
    const saved = await manager.post('/analytics-api/simulation/scenarios', { name: 'Sopimus', input: INPUT });
    expectAnalyticsResponse(saved.body, '/analytics-api/simulation/scenarios', 'post');
    const list = await expert.get('/analytics-api/simulation/scenarios');
    expectAnalyticsResponse(list.body, '/analytics-api/simulation/scenarios', 'get');
    const loaded = await expert.get(`/analytics-api/simulation/scenarios/${saved.body.data.id}`);
    expectAnalyticsResponse(loaded.body, '/analytics-api/simulation/scenarios/{id}', 'get');
    const deleted = await manager.delete(`/analytics-api/simulation/scenarios/${saved.body.data.id}`);
    expectAnalyticsResponse(deleted.body, '/analytics-api/simulation/scenarios/{id}', 'delete');
  });

  it("fills the study's defaults in and names a wrong list of yearly changes or an unknown field", async () => {
    const { hourlyCost: _h, yearlySalaryCost: _y, productiveHoursPerPerson: _p, ...bare } = INPUT;
    const filled = await manager.post('/analytics-api/simulation/results', { input: bare });
    expect(filled.body.data.input).toEqual(INPUT); // 35 €/h, 59,290 €/person-year, 1,694 h
    const threeYears = { ...INPUT, channels: [{ ...INPUT.channels[0], changes: [1, 2, 3] }] };
    const tooMany = await manager.post('/analytics-api/simulation/results', { input: threeYears });
    expect([tooMany.status, tooMany.body.error.details.errors[0].path]).toEqual([
      400,
      ['input', 'channels', 0, 'changes'],
    ]);
    const extra = await manager.post('/analytics-api/simulation/scenarios', { name: 'X', input: INPUT, owner: 'me' });
    expect([extra.status, extra.body.error.details.errors[0].path]).toEqual([400, ['owner']]);
  });
});
