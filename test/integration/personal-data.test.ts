import type { Knex } from 'knex';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';
import { analyticsService } from '../../cms/src/services';
import { askRecordRows, askTable } from '../../cms/src/bot/ask-recorder';
import { askRecord } from '../helpers/ask-record';

/** Personal data typed by residents and bots' session ids never reach storage, reports or CSV raw. */
let t: TestStrapi;
let bot: ReturnType<typeof api>;
let manager: Awaited<ReturnType<typeof adminSession>>;
const knex = () => t.strapi.db.connection as unknown as Knex;
const today = () => helsinkiDay(Date.now());

const SESSION = 'istunto-Öljy-4711';
// Formats the redactor used to let through, and the fragments of them that must appear nowhere.
const QUESTIONS = [
  'pilkkikisan tulokset, henkilötunnukseni on hetu060690-977E',
  'kuumailmapallon lupa 080890 – 9992 sille',
  'soitin kuumailmapallosta numeroon (09) 310 1677',
  'kuumailmapallo lento, soita 040 - 123 4584 tai 040.123.4567',
  'kuumailmapallo ilmoitus ０４０１２３４５６７ tai 358401234585',
  'kuumailmapallo kuitti osoitteeseen maija.virtanen(at)example.fi',
  'kuumailmapallo palautus tilille FI 21 1234 5600 0007 85',
];
const COMMENT = 'ei auttanut, soittakaa 040/1234567 tai viestiä sara [at] example.se, hetu 131052–308T';
const FRAGMENTS = [
  '060690',
  '977E',
  '080890',
  '9992',
  '310 1677',
  '123 4584',
  '040.123',
  '０４０',
  '358401234585',
  'virtanen',
  '5600 0007',
  '1234567',
  'sara [at]',
  '131052',
  '308T',
  SESSION,
  'istunto',
];

/**
 * Columns no resident text goes into: generated ids (random hex, UUIDs, the keyed session hash, row numbers) and
 * times (epoch milliseconds or dates). They may hold a fragment such as "1677" by chance; the session hash is checked
 * in its own test.
 */
const isGeneratedColumn = (column: string): boolean =>
  ['id', 'document_id', 'ask_id', 'session_id', 'group_id'].includes(column) || /_(at|seen)$/.test(column);

/** Every table row that holds resident text or session ids, as one JSON text. */

async function storedRows(): Promise<string> {
  const { table } = askTable(t.strapi);
  const analytics = ['events', 'session_flags', 'unanswered_groups', 'unanswered_examples', 'unanswered_keys'];
  const tables = [table, ...analytics.map((name) => `botkb_${name}`)];
  const rows = (await Promise.all(tables.map((name) => knex()(name).select()))) as Array<
    Array<Record<string, unknown>>
  >;
  // A random document id held "9992" once, an epoch time "1677" once.
  const own = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).filter(([column]) => !isGeneratedColumn(column)));
  return JSON.stringify(rows.map((table) => table.map(own)));
}

function expectNoPersonalData(text: string): void {
  for (const fragment of FRAGMENTS) expect(text.toLowerCase()).not.toContain(fragment.toLowerCase());
}

const event = (id: string, type: string, extra: Record<string, unknown> = {}) => ({
  id,
  type,
  sessionId: SESSION,
  timestamp: new Date().toISOString(),
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  ...extra,
});

beforeAll(async () => {
  t = await startDemoStrapi();
  bot = api(t.url, await createBotToken(t.strapi));
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
}, 180_000);
afterAll(async () => t?.stop());

describe('personal data over HTTP', () => {
  beforeAll(async () => {
    for (const question of QUESTIONS) {
      const res = await bot.post('/bot/ask', { question, locale: 'fi', sessionId: SESSION, channel: 'web_chat' });
      expect(res.status).toBe(200);
    }
    const events = [
      event('pd-1', 'conversation_started'),
      event('pd-2', 'handoff_requested', { handoffChannel: 'phone', reason: 'no_answer', urgency: 'normal' }),
      event('pd-3', 'feedback', { answerSlug: 'hammashoito-ajanvaraus', helpful: false, comment: COMMENT }),
    ];
    expect((await bot.post('/bot/events', { events })).status).toBe(200);
  });

  it('stores redacted questions, keys, comments, labels and examples, and hashed session ids', async () => {
    await analyticsService(t.strapi).catchUp();
    const stored = await storedRows();
    expectNoPersonalData(stored);
    for (const placeholder of ['[HETU]', '[PUHELIN]', '[EMAIL]', '[IBAN]']) expect(stored).toContain(placeholder);
    const keys = await knex()('botkb_unanswered_keys').pluck('key');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toMatch(/\d/);
  });

  it('stores the same keyed hash for the same session everywhere', async () => {
    const hashed = analyticsService(t.strapi).hashSessionId(SESSION);
    const { table, col } = askTable(t.strapi);
    expect(await knex()(table).distinct(col('sessionId')).pluck(col('sessionId'))).toEqual([hashed]);
    expect(await knex()('botkb_events').distinct('session_id').pluck('session_id')).toEqual([hashed]);
    expect(await knex()('botkb_session_flags').pluck('session_id')).toEqual([hashed]);
  });

  it('shows no personal data in the unanswered report, its CSV or a group', async () => {
    const report = await manager.get(`/analytics-api/unanswered?from=${today()}&to=${today()}`);
    expect(report.status).toBe(200);
    expect(report.body.total).toBeGreaterThan(0);
    const csv = await manager.get(`/analytics-api/unanswered?from=${today()}&to=${today()}&format=csv`);
    expect(csv.status).toBe(200);
    const ids = report.body.data.map((g: { id: string }) => g.id);
    const groups = await Promise.all(ids.map((id: string) => manager.get(`/analytics-api/unanswered/${id}`)));
    const shown = JSON.stringify([report.body, csv.text, groups.map((g) => g.body)]);
    expectNoPersonalData(shown);
    expect(shown).toContain('[PUHELIN]');
  });
});

describe('scrubStoredPersonalData', () => {
  const RAW_SESSION = 'vanha-istunto-4711';
  const RAW_QUESTION = 'kuumailmapallon vuokraus, soita (09) 310 1677';

  beforeAll(async () => {
    // Rows as an older version stored them: raw session ids, texts the old redactor let through.
    const record = askRecord({
      sessionId: RAW_SESSION,
      question: RAW_QUESTION,
      normalized: '09 1677 310 kuumailmapallo soit vuokraus',
      latencyMs: 3,
    });
    const { table, columns, values } = askRecordRows(t.strapi, [record]);
    await knex()(table).insert(Object.fromEntries(columns.map((c, i) => [c, values[0][i]])));
    await analyticsService(t.strapi).catchUp(); // groups it under the raw key, with the raw text as label and example
    const now = Date.now();
    await knex()('botkb_events').insert({
      event_id: 'old-1',
      type: 'feedback',
      occurred_at: now,
      day: today(),
      session_id: RAW_SESSION,
      channel: 'web_chat',
      locale: 'fi',
      audience: 'resident',
      helpful: false,
      comment: COMMENT,
      received_at: now,
    });
    await knex()('botkb_session_flags').insert({ session_id: RAW_SESSION, flag: 'handoff' });
    expect(await storedRows()).toContain('310 1677');
  });

  it('re-redacts stored texts, recomputes their keys and hashes raw session ids, once', async () => {
    const first = await analyticsService(t.strapi).scrubStoredPersonalData();
    expect(first).toMatchObject({ asks: 1, events: 1, sessionFlags: 1, groups: 1, examples: 1, keys: 1 });
    const stored = await storedRows();
    expect(stored).not.toContain(RAW_SESSION);
    expect(stored).not.toContain('vanha-istunto');
    const fragments = ['310 1677', '1677', '040/1234567', 'sara [at]', '131052'];
    for (const fragment of fragments) expect(stored).not.toContain(fragment);
    const hashed = analyticsService(t.strapi).hashSessionId(RAW_SESSION);
    const { table, col } = askTable(t.strapi);
    const ask = await knex()(table).where(col('sessionId'), hashed).first(col('question'), col('normalized'));
    expect(ask[col('question')]).toBe('kuumailmapallon vuokraus, soita [PUHELIN]');
    expect(ask[col('normalized')]).not.toMatch(/\d/);
    expect(await knex()('botkb_unanswered_keys').where('key', ask[col('normalized')]).first()).toBeDefined();
    expect(await knex()('botkb_session_flags').where('session_id', hashed).first()).toBeDefined();
    const second = await analyticsService(t.strapi).scrubStoredPersonalData();
    expect(second).toEqual({ asks: 0, events: 0, sessionFlags: 0, groups: 0, examples: 0, keys: 0 });
  });

  it('keeps grouping: the same question asked again joins the scrubbed group', async () => {
    const before = await knex()('botkb_unanswered_groups').count({ n: '*' });
    const res = await bot.post('/bot/ask', { question: RAW_QUESTION, locale: 'fi', sessionId: RAW_SESSION });
    expect(res.status).toBe(200);
    expect(res.body.answered).toBe(false);
    await analyticsService(t.strapi).catchUp();
    expect(await knex()('botkb_unanswered_groups').count({ n: '*' })).toEqual(before);
  });
});
