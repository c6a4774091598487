import type { Knex } from 'knex';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { analyticsService } from '../../cms/src/services';
import { insertAskRecords } from '../../cms/src/bot/ask-recorder';
import { askRecord } from '../helpers/ask-record';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';

/**
 * Manager reporting on hand-computed conversations in August and September
 * 2026: "resolved by the bot" (cms/src/analytics/resolved-by-bot.ts) in the
 * savings and usage reports, and the headline figures against the previous period.
 */
let t: TestStrapi;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;
const RANGE = 'from=2026-09-01&to=2026-09-30';
const knex = () => t.strapi.db.connection as unknown as Knex;

const pad = (n: number) => String(n).padStart(2, '0');
/** Sessions named *-aug talk on 2 August, the others on 2 September. */
const month = (session: string) => (session.endsWith('aug') ? '08' : '09');
const event = (id: string, session: string, type: string, minute: number, extra: Record<string, unknown> = {}) => ({
  id,
  type,
  sessionId: session,
  timestamp: `2026-${month(session)}-02T08:${pad(minute)}:00Z`,
  channel: session.startsWith('p') ? 'phone_bot' : 'web_chat',
  locale: 'fi',
  audience: 'resident',
  ...extra,
});

async function ask(session: string, minute: number, answered: boolean): Promise<void> {
  const record = askRecord({
    askedAt: new Date(`2026-09-02T08:${pad(minute)}:30Z`),
    audience: 'resident',
    sessionId: analyticsService(t.strapi).hashSessionId(session),
    question: `kysymys ${minute}`,
    normalized: `kysymys ${minute}`,
    answered,
  });
  await knex().transaction((trx) => insertAskRecords(t.strapi, trx, [record]));
}

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  const events = [
    event('r-1', 'w-many', 'conversation_started', 0), // 6 questions, 5 unanswered, the last one too
    event('r-2', 'w-ok', 'conversation_started', 1), // one answered question
    event('r-3', 'p-neg', 'conversation_started', 2), // answer shown, then "not helpful"
    event('r-4', 'p-neg', 'answer_shown', 3, { answerSlug: 'a' }),
    event('r-5', 'p-neg', 'feedback', 4, { answerSlug: 'a', helpful: false }),
    event('r-6', 'p-path', 'conversation_started', 5), // completed a path
    event('r-7', 'p-path', 'path_completed', 6, { pathSlug: 'polku' }),
    event('r-8', 'w-hand', 'conversation_started', 7), // answered, then handed off
    event('r-9', 'w-hand', 'handoff_requested', 9, { handoffChannel: 'phone', reason: 'x', urgency: 'normal' }),
    event('a-1', 'w-shown-aug', 'conversation_started', 0), // August: shown an answer (resolved, 5 min)
    event('a-2', 'w-shown-aug', 'answer_shown', 1, { answerSlug: 'a' }),
    event('a-3', 'w-empty-aug', 'conversation_started', 2), // August: nothing answered
  ];
  expect((await bot.post('/bot/events', { events })).status).toBe(200);
  for (const [minute, answered] of [
    [10, false],
    [11, true],
    [12, false],
    [13, false],
    [14, false],
    [15, false],
  ] as const) {
    await ask('w-many', minute, answered);
  }
  await ask('w-ok', 16, true);
  await ask('w-hand', 8, true);
  await ask('w-nostart', 17, true); // no conversation_started: counts in no conversation
});
afterAll(async () => t?.stop());

describe('resolved by the bot', () => {
  it('savings count only conversations resolved by the bot (not all without a handoff)', async () => {
    const res = await manager.get(`/analytics-api/savings?${RANGE}`);
    expect(res.status).toBe(200);
    // w-ok (web_chat, 5 min) and p-path (phone_bot, 6 min); w-many ends unanswered, p-neg in "not helpful".
    expect(res.body.meta.totals).toMatchObject({
      conversations: 5,
      withHandoff: 1,
      resolvedByBot: 2,
      minutesSaved: 11,
      eurosSaved: 7.7,
    });
  });

  it('monthly usage shows the count and the share of conversations', async () => {
    const [sep] = (await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body.data;
    expect(sep).toMatchObject({ conversations: 5, resolvedByBot: 2, resolvedRate: 0.4 });
    const phone = (await manager.get(`/analytics-api/monthly-usage?${RANGE}&channel=phone_bot`)).body.data[0];
    expect(phone).toMatchObject({ conversations: 2, resolvedByBot: 1 });
  });

  it('headline figures: this period beside the previous one, with the change', async () => {
    const res = await manager.get(`/analytics-api/headline?${RANGE}`);
    expect(res.status).toBe(200);
    expectAnalyticsResponse(res.body, '/analytics-api/headline', 'get');
    expect(res.body.meta).toMatchObject({
      from: '2026-09-01',
      to: '2026-09-30',
      previous: { from: '2026-08-01', to: '2026-08-31' },
    });
    const figures = Object.fromEntries(res.body.data.map((f: { key: string }) => [f.key, f]));
    expect(figures.conversations).toMatchObject({ current: 5, previous: 2, change: 1.5, changeKind: 'relative' });
    // 9 asks (w-nostart counts as a question), 4 answered; none in August.
    expect(figures.questions).toMatchObject({ current: 9, previous: 0, change: null });
    expect(figures.answeredRate).toMatchObject({
      current: 0.4444,
      previous: null,
      change: null,
      changeKind: 'points',
    });
    expect(figures.handoffRate).toMatchObject({ current: 0.2, previous: 0, change: 0.2 });
    expect(figures.helpfulRate).toMatchObject({ current: 0, previous: null, change: null });
    expect(figures.resolvedByBot).toMatchObject({ current: 2, previous: 1, change: 1 });
    // 7.70 € (11 min at 42 €/h) against 3.50 € (5 min): +120 %.
    expect(figures.eurosSaved).toMatchObject({ current: 7.7, previous: 3.5, change: 1.2 });
  });

  it('every report names the months it covers only in part (the current month "so far")', async () => {
    expect((await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body.meta.partialMonths).toEqual([]);
    const today = helsinkiDay(Date.now());
    const thisMonth = `from=${today.slice(0, 7)}-01&to=${today}`;
    for (const report of ['monthly-usage', 'savings', 'headline', 'content-counts']) {
      const meta = (await manager.get(`/analytics-api/${report}?${thisMonth}`)).body.meta;
      expect([report, meta.partialMonths]).toEqual([report, [today.slice(0, 7)]]);
    }
    const midMonth = (await manager.get('/analytics-api/monthly-usage?from=2026-08-15&to=2026-09-30')).body.meta;
    expect(midMonth.partialMonths).toEqual(['2026-08']);
  });

  it('a later signal changes the verdict: negative feedback un-resolves, an answer resolves', async () => {
    const later = [
      event('r-10', 'w-ok', 'feedback', 20, { answerSlug: 'a', helpful: false }),
      event('r-11', 'w-many', 'answer_shown', 21, { answerSlug: 'a' }),
    ];
    expect((await bot.post('/bot/events', { events: later })).status).toBe(200);
    const [sep] = (await manager.get(`/analytics-api/monthly-usage?${RANGE}`)).body.data;
    expect(sep.resolvedByBot).toBe(2); // w-ok out, w-many in
    const replay = await bot.post('/bot/events', { events: later });
    expect(replay.body.data).toEqual({ accepted: 0, duplicates: 2 });
    const totals = (await manager.get(`/analytics-api/savings?${RANGE}`)).body.meta.totals;
    expect(totals).toMatchObject({ resolvedByBot: 2, minutesSaved: 11 });
  });

  it('feedback comments: redacted, newest first, filtered, and every view access-logged', async () => {
    const comments = [
      event('c-1', 'p-comment', 'feedback', 30, {
        answerSlug: 'a',
        helpful: false,
        comment: 'Soittakaa 040 123 4567',
      }),
      event('c-2', 'w-comment', 'feedback', 31, { pathSlug: 'polku', helpful: true, comment: 'Selkeä polku' }),
      event('c-3', 'w-comment', 'feedback', 32, { pathSlug: 'polku', helpful: true }),
    ];
    expect((await bot.post('/bot/events', { events: comments })).status).toBe(200);
    const logged = async () => {
      const [row] = await knex()('botkb_access_log').where('action', 'like', '%feedback_comments').count({ n: '*' });
      return Number(row.n);
    };
    const before = await logged();
    const res = await manager.get(`/analytics-api/feedback-comments?${RANGE}`);
    expect(res.status).toBe(200);
    expectAnalyticsResponse(res.body, '/analytics-api/feedback-comments', 'get');
    expect(
      res.body.data.map((c: Record<string, unknown>) => [c.kind, c.slug, c.helpful, c.comment, c.channel]),
    ).toEqual([
      ['path', 'polku', true, 'Selkeä polku', 'web_chat'],
      ['answer', 'a', false, 'Soittakaa [PUHELIN]', 'phone_bot'],
    ]);
    const phone = (await manager.get(`/analytics-api/feedback-comments?${RANGE}&channel=phone_bot`)).body.data;
    expect(phone).toHaveLength(1);
    expect((await manager.get('/analytics-api/feedback-comments?from=2026-08-01&to=2026-08-31')).body.data).toEqual([]);
    const csv = await manager.get(`/analytics-api/feedback-comments?${RANGE}&format=csv`);
    expect(csv.text).toContain('Soittakaa [PUHELIN]');
    expect(await logged()).toBe(before + 4);
  });

  it('feedback comments filtered by answer or path, helpful or not; the filter is in the access log', async () => {
    const list = async (query: string) =>
      (await manager.get(`/analytics-api/feedback-comments?${RANGE}&${query}`)).body.data.map(
        (c: { id: string }) => c.id,
      );
    expect(await list('kind=answer')).toEqual(['c-1']);
    expect(await list('kind=path&slug=polku')).toEqual(['c-2']);
    expect(await list('helpful=false')).toEqual(['c-1']);
    expect(await list('slug=a&helpful=true')).toEqual([]);
    const [last] = await knex()('botkb_access_log').orderBy('id', 'desc').limit(1).select('action', 'target');
    expect(last).toEqual({ action: 'list_feedback_comments', target: `2026-09-01..2026-09-30 a helpful=true` });
    const bad = await manager.get(`/analytics-api/feedback-comments?${RANGE}&helpful=kyllä`);
    expect(bad.body.error.details.errors[0].path).toEqual(['helpful']);
  });

  it("logs rows fetched for the UI's Excel download (purpose=export) as an export, not a view", async () => {
    const res = await manager.get(`/analytics-api/feedback-comments?${RANGE}&kind=answer&purpose=export`);
    expect(res.body.data.map((c: { id: string }) => c.id)).toEqual(['c-1']);
    const [last] = await knex()('botkb_access_log').orderBy('id', 'desc').limit(1).select('action', 'target');
    expect(last).toEqual({ action: 'export_feedback_comments', target: '2026-09-01..2026-09-30 answer' });
    const bad = await manager.get(`/analytics-api/feedback-comments?${RANGE}&purpose=view`);
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['purpose']]);
  });
});
