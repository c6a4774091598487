import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { errorPath } from '../helpers/error-path';
import { RANGE_REPORTS } from '../helpers/hostile-input';

/** Issue 12: report ranges, prototype keys and the channel rule against hostile input, over HTTP. */
let t: TestStrapi;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;

const HOSTILE_RANGES: Array<[string, string]> = [
  ['from=9999-12-01&to=9999-12-31', 'from'],
  ['from=1000-01-01&to=9999-11-30', 'from'],
  ['from=0999-01-01&to=2026-01-31', 'from'],
  ['from=2026-02-01&to=2026-02-30', 'to'],
  ['from=2026-04-31&to=2026-05-31', 'from'],
  ['from=2015-01-01&to=2025-12-31', 'to'],
];
const base = {
  sessionId: 's1',
  timestamp: new Date().toISOString(),
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
};

/** A rollup count as an older release would have stored it, in both the monthly and the daily table. */
async function insertRollup(month: string, channel: string, metric: string, count: number) {
  const row = { locale: 'fi', audience: 'resident', channel, metric, subject: '', detail: '', count };
  await t.strapi.db.connection('botkb_rollup_monthly').insert({ ...row, bucket: month });
  await t.strapi.db.connection('botkb_rollup_daily').insert({ ...row, bucket: `${month}-15` });
}

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
});
afterAll(async () => t?.stop());

describe('report date ranges', () => {
  it.each(RANGE_REPORTS)(
    '%s answers hostile ranges at once with a 400 naming from or to (JSON and CSV)',
    async (report) => {
      const session = await adminSession(t.strapi, t.url, 'botkb-manager'); // rate limits are per user
      for (const [range, field] of HOSTILE_RANGES) {
        for (const format of ['', '&format=csv']) {
          const started = Date.now();
          const res = await session.get(`/analytics-api/${report}?${range}${format}`);
          expect([range + format, ...errorPath(res)]).toEqual([range + format, 400, [field]]);
          expect(Date.now() - started).toBeLessThan(2000);
        }
      }
    },
  );

  it.each(RANGE_REPORTS)('%s still answers a range just under 10 years', async (report) => {
    const session = await adminSession(t.strapi, t.url, 'botkb-manager');
    const res = await session.get(`/analytics-api/${report}?from=2016-01-15&to=2026-01-14`);
    expect(res.status).toBe(200);
    const csv = await session.get(`/analytics-api/${report}?from=2016-01-15&to=2026-01-14&format=csv`);
    expect([csv.status, csv.headers['content-disposition']]).toEqual([
      200,
      `attachment; filename="${report}-2016-01-15-2026-01-14.csv"`,
    ]);
  });

  it('lists every month of the longest range', async () => {
    const res = await manager.get('/analytics-api/monthly-usage?from=2016-01-15&to=2026-01-14&pageSize=200');
    expect([res.body.total, res.body.data[0].month, res.body.data.at(-1).month]).toEqual([121, '2016-01', '2026-01']);
  });

  it('refuses a group id that is not a 32-bit id with a 400 naming it', async () => {
    for (const id of ['99999999999', '1e3', '0x10']) {
      expect(errorPath(await manager.get(`/analytics-api/unanswered/${id}`))).toEqual([400, ['id']]);
    }
    expect((await manager.get('/analytics-api/unanswered/2147483647')).status).toBe(404);
  });
});

describe('prototype keys', () => {
  it('refuses events whose channel or keys are names every object has, naming the field', async () => {
    for (const channel of ['constructor', '__proto__']) {
      const res = await bot.post('/bot/events', {
        events: [{ ...base, id: `c-${channel}`, type: 'conversation_started', channel }],
      });
      expect(errorPath(res)).toEqual([400, ['events', 0, 'channel']]);
    }
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      const res = await bot.post('/bot/events', {
        events: [{ ...base, id: `k-${key}`, type: 'conversation_started', [key]: 1 }],
      });
      expect(errorPath(res)).toEqual([400, ['events', 0, key]]);
    }
  });

  it('answers a __proto__ key anywhere in a JSON body with a 400 naming its path', async () => {
    const event = JSON.stringify({ ...base, id: 'p-1', type: 'conversation_started' });
    const events = await bot.sendJson('post', '/bot/events', `{"events":[${event.slice(0, -1)},"__proto__":{"x":1}}]}`);
    expect(errorPath(events)).toEqual([400, ['events', 0, '__proto__']]);
    expect(errorPath(await bot.sendJson('post', '/bot/events', '{"__proto__":{},"events":[]}'))).toEqual([
      400,
      ['__proto__'],
    ]);
    expect(errorPath(await bot.sendJson('post', '/bot/ask', '{"question":"q","locale":"fi","__proto__":1}'))).toEqual([
      400,
      ['__proto__'],
    ]);
    const savings =
      '{"minutesPerContact":{"default":6,"__proto__":{"web_chat":1}},"hourlyCost":42,"hoursPerStaffYear":1600}';
    expect(errorPath(await manager.sendJson('put', '/analytics-api/savings-parameters', savings))).toEqual([
      400,
      ['minutesPerContact', '__proto__'],
    ]);
    const triage = await adminSession(t.strapi, t.url, 'strapi-editor');
    const resolve = '{"status":"resolved","target":{"__proto__":{"kind":"answer"}}}';
    expect(errorPath(await triage.sendJson('put', '/analytics-api/unanswered/1', resolve))).toEqual([
      400,
      ['target', '__proto__'],
    ]);
    // Other malformed JSON names the body.
    expect(errorPath(await bot.sendJson('post', '/bot/events', '{"events":['))).toEqual([400, ['body']]);
  });

  it('keeps the savings totals numbers when a rollup holds such a channel', async () => {
    await insertRollup('2025-03', 'constructor', 'conversations', 4);
    await insertRollup('2025-03', '__proto__', 'conversations', 2);
    await insertRollup('2025-03', 'web_chat', 'conversations', 3);
    // Savings count the conversations resolved by the bot (resolved-by-bot.ts): here all of them.
    await insertRollup('2025-03', 'constructor', 'resolved_by_bot', 4);
    await insertRollup('2025-03', '__proto__', 'resolved_by_bot', 2);
    await insertRollup('2025-03', 'web_chat', 'resolved_by_bot', 3);
    const res = await manager.get('/analytics-api/savings?from=2025-03-01&to=2025-03-31');
    expect(res.status).toBe(200);
    // web_chat 3 × 5 min + 6 others × the default 6 min = 51 min at 42 €/h
    expect(res.body.meta.totals).toMatchObject({
      conversations: 9,
      minutesSaved: 51,
      eurosSaved: 35.7,
      staffYears: 0.001,
    });
    expect(res.body.data[0]).toMatchObject({ eurosSaved: 35.7, staffYears: 0.001 });
  });
});

describe('one channel rule', () => {
  it('refuses a free-text channel on /bot/ask with a 400 naming channel', async () => {
    expect(
      errorPath(await bot.post('/bot/ask', { question: 'hammaslääkäri', locale: 'fi', channel: 'Web Chat!' })),
    ).toEqual([400, ['channel']]);
    expect(
      errorPath(await bot.post('/bot/ask', { question: 'hammaslääkäri', locale: 'fi', channel: 'a'.repeat(41) })),
    ).toEqual([400, ['channel']]);
  });

  it('never shows a junk channel stored by an older release; its counts show as unknown', async () => {
    await insertRollup('2025-05', 'Web Chat!', 'conversations', 7);
    await insertRollup('2025-05', 'web_chat', 'conversations', 2);
    const junk = 'Asiakaspalvelun chat-ikkuna (verkkosivut) v2!'; // longer than the rollup's channel column
    await t.strapi.db.query('api::bot-ask.bot-ask' as never).create({
      data: {
        askedAt: new Date('2025-05-10T09:00:00Z'),
        locale: 'fi',
        audience: 'resident',
        channel: junk,
        sessionId: 'old',
        question: 'vanha kysymys',
        normalized: 'vanh kysymys',
        answered: false,
        rolledUp: false,
      },
    });
    for (const range of ['from=2025-05-01&to=2025-05-31', 'from=2025-05-02&to=2025-05-30']) {
      const res = await manager.get(`/analytics-api/monthly-usage?${range}&breakdown=channel`);
      expect(res.status).toBe(200);
      const cells = Object.fromEntries(
        res.body.data.map((r: { dimension: string; conversations: number; questions: number }) => [
          r.dimension,
          [r.conversations, r.questions],
        ]),
      );
      expect(cells).toEqual({ unknown: [7, 1], web_chat: [2, 0] });
      for (const row of res.body.data)
        expect(errorPath(await manager.get(`/analytics-api/monthly-usage?${range}&channel=${row.dimension}`))[0]).toBe(
          200,
        );
    }
  });
});
