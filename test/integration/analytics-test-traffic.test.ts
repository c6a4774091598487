import type { Knex } from 'knex';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { drainSearch } from '../helpers/search';
import { adminSession, api, createBotToken } from '../helpers/api';
import { analyticsService } from '../../cms/src/services';
import { askTable } from '../../cms/src/bot/ask-recorder';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';

/**
 * Test traffic: a bot token marked as test (PUT /analytics-api/test-clients/:tokenId)
 * sends asks and events that are stored flagged and change no report, unless
 * a report is asked to include them (includeTest=true).
 */
let t: TestStrapi;
let real: ReturnType<typeof api>;
let tester: ReturnType<typeof api>;
let testTokenId: number;
let manager: Awaited<ReturnType<typeof adminSession>>;
let editor: Awaited<ReturnType<typeof adminSession>>;
const knex = () => t.strapi.db.connection as unknown as Knex;
const DAY = helsinkiDay(Date.now());
const REPORTS = [
  'monthly-usage',
  'monthly-usage?breakdown=channel',
  'savings',
  'headline',
  'path-performance',
  'answer-performance',
  'partner-clicks',
  'handoffs',
  'unanswered',
  'unanswered-trend',
  'feedback-comments',
];

/** One conversation of every event type, sent as `prefix`. */
const conversation = (prefix: string) => {
  const at = (s: number) => new Date(Date.now() - 60_000 + s * 1000).toISOString();
  const base = { sessionId: `${prefix}-s`, channel: 'web_chat', locale: 'fi', audience: 'resident' };
  return [
    { id: `${prefix}-1`, type: 'conversation_started', timestamp: at(0) },
    { id: `${prefix}-2`, type: 'message', role: 'user', timestamp: at(1) },
    { id: `${prefix}-3`, type: 'answer_shown', answerSlug: 'vastaus', timestamp: at(2) },
    { id: `${prefix}-4`, type: 'path_started', pathSlug: 'polku', timestamp: at(3) },
    { id: `${prefix}-5`, type: 'path_step', pathSlug: 'polku', stepKey: 'alku', option: 'kyllä', timestamp: at(4) },
    { id: `${prefix}-6`, type: 'path_completed', pathSlug: 'polku', timestamp: at(5) },
    { id: `${prefix}-7`, type: 'partner_link_clicked', partnerSlug: 'omaolo', timestamp: at(6) },
    {
      id: `${prefix}-8`,
      type: 'feedback',
      answerSlug: 'vastaus',
      helpful: true,
      comment: `${prefix} kiitos`,
      timestamp: at(7),
    },
    { id: `${prefix}-9`, type: 'conversation_ended', timestamp: at(8) },
  ].map((e) => ({ ...base, ...e }));
};
const handoff = (prefix: string) => [
  {
    id: `${prefix}-h`,
    type: 'handoff_requested',
    sessionId: `${prefix}-h`,
    channel: 'phone_bot',
    locale: 'fi',
    audience: 'resident',
    timestamp: new Date().toISOString(),
    handoffChannel: 'phone',
    reason: 'no_answer',
    urgency: 'urgent',
  },
];

async function reports(extra = ''): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const report of REPORTS) {
    const res = await manager.get(`/analytics-api/${report}${report.includes('?') ? '&' : '?'}to=${DAY}${extra}`);
    expect([report, res.status]).toEqual([report, 200]);
    out[report] = { data: res.body.data, total: res.body.total, totals: res.body.meta?.totals ?? null };
  }
  return out;
}

beforeAll(async () => {
  t = await startTestStrapi({});
  real = api(t.url, await createBotToken(t.strapi, 'real bot'));
  tester = api(t.url, await createBotToken(t.strapi, 'test bot'));
  const token = await t.strapi.db.query('admin::api-token').findOne({ where: { name: 'test bot' } });
  testTokenId = token.id;
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  // The bot answers once search has the (empty) content: a 503 before that is not what this test is about.
  await drainSearch(t.strapi, 120_000);
  expect((await real.post('/bot/events', { events: [...conversation('real'), ...handoff('real')] })).status).toBe(200);
  for (const question of ['miten varaan ajan hammaslääkärille', 'kuinka uusin reseptin']) {
    expect(
      (await real.post('/bot/ask', { question, locale: 'fi', sessionId: 'real-s', channel: 'web_chat' })).status,
    ).toBe(200);
  }
});
afterAll(async () => t?.stop());

describe('test traffic', () => {
  it('managers mark a bot token as test; content experts may not; bad or unknown ids are refused', async () => {
    expect((await editor.put(`/analytics-api/test-clients/${testTokenId}`, { test: true })).status).toBe(403);
    const bad = await manager.put('/analytics-api/test-clients/abc', { test: true });
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['tokenId']]);
    const noFlag = await manager.put(`/analytics-api/test-clients/${testTokenId}`, { test: 'yes' });
    expect([noFlag.status, noFlag.body.error.details.errors[0].path]).toEqual([400, ['test']]);
    expect((await manager.put('/analytics-api/test-clients/999999', { test: true })).status).toBe(404);
    const res = await manager.put(`/analytics-api/test-clients/${testTokenId}`, { test: true });
    expect(res.status).toBe(200);
    const list = (await manager.get('/analytics-api/test-clients')).body.data;
    expect(list.map((c: { clientId: string }) => c.clientId)).toEqual([`token:${testTokenId}`]);
  });

  it('asks and events through a test token change no report, and are stored flagged', async () => {
    await analyticsService(t.strapi).catchUp();
    const before = await reports();
    expect((await tester.post('/bot/events', { events: [...conversation('test'), ...handoff('test')] })).status).toBe(
      200,
    );
    for (const question of ['testikysymys jota kukaan ei kysy', 'miten varaan ajan hammaslääkärille']) {
      expect(
        (await tester.post('/bot/ask', { question, locale: 'fi', sessionId: 'test-s', channel: 'web_chat' })).status,
      ).toBe(200);
    }
    await analyticsService(t.strapi).catchUp();
    expect(await reports()).toEqual(before);

    const flags = await knex()('botkb_events').select('event_id', 'test');
    for (const e of flags) expect([e.event_id, Boolean(e.test)]).toEqual([e.event_id, e.event_id.startsWith('test-')]);
    const { table, col } = askTable(t.strapi);
    const asks = await knex()(table).select(col('clientId'), col('test'));
    const tested = asks.filter((a: Record<string, unknown>) => Boolean(a[col('test')]));
    expect(tested.map((a: Record<string, unknown>) => a[col('clientId')])).toEqual([
      `token:${testTokenId}`,
      `token:${testTokenId}`,
    ]);
  });

  it('includeTest=true counts them; unmarking makes the token real again', async () => {
    const month = (body: { data: Array<{ conversations: number; questions: number; handoffConversations: number }> }) =>
      body.data[body.data.length - 1];
    const only = month((await manager.get(`/analytics-api/monthly-usage?to=${DAY}`)).body);
    const all = month((await manager.get(`/analytics-api/monthly-usage?to=${DAY}&includeTest=true`)).body);
    expect([all.conversations - only.conversations, all.questions - only.questions]).toEqual([1, 2]);
    expect(all.handoffConversations - only.handoffConversations).toBe(1);
    const comments = (await manager.get(`/analytics-api/feedback-comments?to=${DAY}&includeTest=true`)).body.data;
    expect(comments.map((c: { comment: string }) => c.comment).sort()).toEqual(['real kiitos', 'test kiitos']);
    const bad = await manager.get('/analytics-api/monthly-usage?includeTest=yes');
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['includeTest']]);

    expect((await manager.put(`/analytics-api/test-clients/${testTokenId}`, { test: false })).status).toBe(200);
    const events = [{ ...conversation('again')[0] }];
    expect((await tester.post('/bot/events', { events })).status).toBe(200);
    const after = month((await manager.get(`/analytics-api/monthly-usage?to=${DAY}`)).body);
    expect(after.conversations).toBe(only.conversations + 1);
  });
});
