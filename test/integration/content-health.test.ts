import request from 'supertest';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';
import { ANSWER_UID } from '../../cms/src/content-uids';

/** GET/POST /analytics-api/content-health: the content team's work list against real Strapi + Meilisearch. */
let t: TestStrapi;
let editor: Awaited<ReturnType<typeof adminSession>>;
let bot: ReturnType<typeof api>;

const DAY = 86_400_000;
const dayFromToday = (days: number) => helsinkiDay(Date.now() + days * DAY);
const answers = () => t.strapi.documents(ANSWER_UID as 'api::answer.answer');
const documentIdOf = async (slug: string) =>
  ((await answers().findFirst({ locale: 'fi', filters: { slug } } as never)) as { documentId: string }).documentId;
const adminUrl = (documentId: string) =>
  `/admin/content-manager/collection-types/api::answer.answer/${documentId}?plugins[i18n][locale]=fi`;

type Row = {
  id: string;
  kind: string;
  slug: string;
  severity: number;
  days: number | null;
  owner: string | null;
  adminUrl: string;
  other: { slug: string; adminUrl: string } | null;
  count: number | null;
  examples: Array<{ question: string; locale: string; count: number }>;
  helpfulRate: number | null;
};
const health = async (query = '', body?: unknown) => {
  const res =
    body === undefined
      ? await editor.get(`/analytics-api/content-health${query}`)
      : await editor.post(`/analytics-api/content-health${query}`, body);
  expect(res.status).toBe(200);
  expectAnalyticsResponse(res.body, '/analytics-api/content-health', body === undefined ? 'get' : 'post');
  return res.body as { data: Row[]; total: number; meta: { counts: Record<string, number>; owners: string[] } };
};

beforeAll(async () => {
  t = await startDemoStrapi();
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  bot = api(t.url, await createBotToken(t.strapi));
  // Reviews: one 10 days overdue, one due in 10 days, both owned by the test team.
  for (const [slug, reviewDue] of [
    ['kirjastokortti', dayFromToday(-10)],
    ['tilavaraus', dayFromToday(10)],
  ]) {
    const documentId = await documentIdOf(slug);
    await answers().update({ documentId, locale: 'fi', data: { reviewDue, owner: 'Testitiimi' } } as never);
    await answers().publish({ documentId, locale: 'fi' } as never);
  }
  // The Finnish text of one answer changes: its Swedish version is now behind. Another gets a Finnish phrasing
  // only (as triage adds them): a republish that changes nothing a translation follows.
  const library = await documentIdOf('kirjastokortti');
  const fiLibrary = (await answers().findOne({ documentId: library, locale: 'fi' } as never)) as { body: string };
  await answers().update({
    documentId: library,
    locale: 'fi',
    data: { body: `${fiLibrary.body}\n\nKortin voi tilata myös verkossa.` },
  } as never);
  await answers().publish({ documentId: library, locale: 'fi' } as never);
  const clinic = await documentIdOf('terveysaseman-aukioloajat');
  const fiClinic = (await answers().findOne({
    documentId: clinic,
    locale: 'fi',
    populate: ['phrasings'],
  } as never)) as unknown as { phrasings: Array<{ text: string }> };
  await answers().update({
    documentId: clinic,
    locale: 'fi',
    data: {
      phrasings: [...fiClinic.phrasings.map(({ text }) => ({ text })), { text: 'milloin terveysasema on auki' }],
    },
  } as never);
  await answers().publish({ documentId: clinic, locale: 'fi' } as never);
  // No Swedish version.
  await answers().delete({ documentId: await documentIdOf('palaute-kaupungille'), locale: 'sv' } as never);
  // Real asks where the room-booking answer and path score within 0.05 of each other (the social-assistance pair
  // competed until the paths got phrasings of their own).
  for (const [question, locale] of [
    ['tilavaraus', 'fi'],
    ['tilavaraus', 'fi'],
    ['tilavaraus kaupungilta', 'fi'],
    ['tilavaraus', 'fi'],
    ['hammaslääkäri ajanvaraus', 'fi'],
  ]) {
    const res = await bot.post('/bot/ask', { question, locale, sessionId: `s-${question}`, channel: 'web_chat' });
    expect(res.status).toBe(200);
  }
  // Ten feedbacks on one answer, three helpful.
  const now = new Date().toISOString();
  const events = Array.from({ length: 10 }, (_, i) => ({
    id: `fb-${i}`,
    type: 'feedback',
    sessionId: `fb-${i}`,
    timestamp: now,
    channel: 'web_chat',
    locale: 'fi',
    audience: 'resident',
    answerSlug: 'asiakasmaksut',
    helpful: i < 3,
  }));
  expect((await bot.post('/bot/events', { events })).status).toBe(200);
}, 240_000);
afterAll(async () => t?.stop());

describe('content health', () => {
  it('is for admin-panel sessions with an analytics role; managers may read it', async () => {
    expect((await request(t.url).get('/analytics-api/content-health')).status).toBe(401);
    const author = await adminSession(t.strapi, t.url, 'strapi-author');
    expect((await author.get('/analytics-api/content-health')).status).toBe(403);
    const manager = await adminSession(t.strapi, t.url, 'botkb-manager');
    expect((await manager.get('/analytics-api/content-health')).status).toBe(200);
  });

  it.each([
    [['kind'], 'GET', '?kind=review_overdue,bogus', undefined],
    [['owner'], 'GET', `?owner=${'x'.repeat(121)}`, undefined],
    [
      ['testQuestions', 1, 'locale'],
      'POST',
      '',
      {
        testQuestions: [
          { question: 'a', locale: 'fi' },
          { question: 'b', locale: 'en' },
        ],
      },
    ],
    [['testQuestions', 0, 'question'], 'POST', '', { testQuestions: [{ locale: 'fi' }] }],
    [['testQuestions'], 'POST', '', { testQuestions: 'toimeentulotuki' }],
    [['questions'], 'POST', '', { questions: [] }],
  ])('answers bad input with a 400 naming %j', async (path, method, query, body) => {
    const url = `/analytics-api/content-health${query}`;
    const res = method === 'GET' ? await editor.get(url) : await editor.post(url, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(path);
  });

  it('lists the overdue review and the one due soon of an owner, linked to the entry in the admin panel', async () => {
    const { data, meta } = await health('?owner=Testitiimi');
    const reviews = data.filter((r) => r.kind.startsWith('review'));
    expect(reviews.map((r) => [r.kind, r.slug, r.days, r.owner])).toEqual([
      ['review_overdue', 'kirjastokortti', 10, 'Testitiimi'],
      ['review_due', 'tilavaraus', -10, 'Testitiimi'],
    ]);
    expect(reviews[0].adminUrl).toBe(adminUrl(await documentIdOf('kirjastokortti')));
    expect(meta.counts).toMatchObject({ review_overdue: 1, review_due: 1 });
    expect(meta.owners).toContain('Testitiimi');
    expect((await health('?kind=review_due&owner=Testitiimi')).data.map((r) => r.slug)).toEqual(['tilavaraus']);
  });

  it('lists a missing Swedish version and a Swedish version older than the last change of the Finnish text', async () => {
    const { data } = await health('?kind=missing_sv,sv_outdated');
    expect(data.filter((r) => r.kind === 'missing_sv').map((r) => r.slug)).toEqual(['palaute-kaupungille']);
    // Not 'tilavaraus' (owner and review date changed: shared by both languages) nor 'terveysaseman-aukioloajat'
    // (a Finnish phrasing added): both were republished in Finnish after their Swedish version was last edited.
    expect(data.filter((r) => r.kind === 'sv_outdated').map((r) => r.slug)).toEqual(['kirjastokortti']);
  });

  it('lists the competing answer and path with the redacted questions as evidence and the count', async () => {
    const { data } = await health('?kind=competing');
    expect(data).toHaveLength(1);
    const [pair] = data;
    expect([pair.slug, pair.other?.slug].sort()).toEqual(['tilavaraus', 'tilavaraus-ohjaus']);
    expect(pair.count).toBe(4);
    expect(pair.examples).toEqual(
      expect.arrayContaining([
        { question: 'tilavaraus', locale: 'fi', count: 3 },
        { question: 'tilavaraus kaupungilta', locale: 'fi', count: 1 },
      ]),
    );
    expect(pair.severity).toBe(3);
  });

  it('counts test questions ranked by the bot into the same pairs, recording no ask', async () => {
    const testQuestions = [{ question: 'tilavaraus kaupungilta', locale: 'fi' }];
    const { data } = await health('?kind=competing', { testQuestions });
    expect(data[0].count).toBe(5);
    expect((await health('?kind=competing')).data[0].count).toBe(4);
  });

  it('lists answers never shown and a helpful rate under 50 % from at least 10 feedbacks', async () => {
    const { data, meta } = await health();
    const neverShown = data.filter((r) => r.kind === 'never_shown').map((r) => r.slug);
    expect(neverShown).toContain('kirjastokortti');
    expect(neverShown).not.toContain('hammashoito-ajanvaraus');
    expect(data.filter((r) => r.kind === 'low_helpful').map((r) => [r.slug, r.helpfulRate])).toEqual([
      ['asiakasmaksut', 0.3],
    ]);
    expect(meta.counts.never_shown).toBe(neverShown.length);
  });

  it('sorts rows by severity and downloads them as CSV', async () => {
    const { data } = await health();
    const severities = data.map((r) => r.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    const csv = await editor.get('/analytics-api/content-health?format=csv&kind=review_overdue&owner=Testitiimi');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, row] = csv.text.trim().split('\r\n');
    expect(header).toBe(
      'kind,severity,entryKind,slug,title,owner,reviewDue,days,shown,feedback,helpfulRate,other,count,examples,adminUrl',
    );
    expect(row).toContain('review_overdue,3,answer,kirjastokortti');
  });
});
