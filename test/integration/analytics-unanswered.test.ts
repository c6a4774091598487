import { randomUUID } from 'node:crypto';
import type { TestStrapi } from '../helpers/test-strapi';
import { drainSearch } from '../helpers/search';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';
import { startUnansweredSuite, today, type UnansweredSuite } from '../helpers/unanswered-suite';

/** Unanswered questions: grouping of variants, triage, the resolve → ask loop, access log and retention. */
let suite: UnansweredSuite;
let t: TestStrapi;
let manager: UnansweredSuite['manager'];
let editor: UnansweredSuite['editor'];
const ask: UnansweredSuite['ask'] = (...args) => suite.ask(...args);

const DOG = [
  'saako koiran tuoda terveysasemalle',
  'Saako koiran tuoda terveysasemalle?',
  'terveysasemalle saako tuoda koiran',
  'saako koiran tuodda terveysasemalle',
  'SAAKO KOIRAN TUODA TERVEYSASEMALLE',
  'saako koiran tuoda terveys asemalle',
];
const LIBRARY = ['kalastuslupa mistä ostetaan', 'Mistä ostetaan kalastuslupa?'];
const PARKING = ['kan jag parkera gratis vid sjukhuset'];

const groups = async (query = '') => {
  const body = await suite.groups(query);
  expectAnalyticsResponse(body, '/analytics-api/unanswered', 'get');
  return body;
};

beforeAll(async () => {
  suite = await startUnansweredSuite();
  ({ t, manager, editor } = suite);
  for (const q of DOG) expect((await ask(q, 'fi', { channel: 'web_chat', audience: 'resident' })).answered).toBe(false);
  for (const q of LIBRARY) expect((await ask(q, 'fi', { channel: 'phone_bot' })).answered).toBe(false);
  for (const q of PARKING) expect((await ask(q, 'sv')).answered).toBe(false);
  await ask('mistä saa ajan hammaslääkärille', 'fi');
}, 180_000);
afterAll(async () => t?.stop());

describe('unanswered-question groups', () => {
  it('groups variants (inflection, case, typos, word order) and keeps different questions apart', async () => {
    const res = await groups();
    expect(res.total).toBe(3);
    const [dog, library, parking] = res.data;
    expect(dog).toMatchObject({ count: 6, totalCount: 6, status: 'new', locales: ['fi'] });
    expect(DOG).toContain(dog.label);
    expect(library).toMatchObject({ count: 2, locales: ['fi'] });
    expect(parking).toMatchObject({ count: 1, locales: ['sv'] });
    expect(dog.examples.length).toBeLessThanOrEqual(3);
    // Filters: channel, audience, locale, full text, status.
    expect((await groups('&channel=phone_bot')).data.map((g: { id: string }) => g.id)).toEqual([library.id]);
    expect((await groups('&audience=resident')).data.map((g: { id: string }) => g.id)).toEqual([dog.id]);
    expect((await groups('&locale=sv')).data.map((g: { id: string }) => g.id)).toEqual([parking.id]);
    expect((await groups('&q=KALASTUS')).data.map((g: { id: string }) => g.id)).toEqual([library.id]);
    expect((await groups('&sort=lastSeen&order=ASC')).data[0].id).toBe(dog.id);
  });

  it('counts questions, answered and unanswered per month, with the trend', async () => {
    const month = today().slice(0, 7);
    const usage = (await manager.get(`/analytics-api/monthly-usage?from=${month}-01&to=${today()}`)).body.data[0];
    expect(usage).toMatchObject({ questions: 10, answered: 1, unanswered: 9 });
    const trendReport = (await manager.get(`/analytics-api/unanswered-trend?from=${month}-01&to=${today()}`)).body;
    expectAnalyticsResponse(trendReport, '/analytics-api/unanswered-trend', 'get');
    const trend = trendReport.data[0];
    expect(trend).toMatchObject({ questions: 10, unanswered: 9, unansweredRate: 0.9 });
  });

  it('shows a group with examples and trend, and logs who viewed the texts', async () => {
    const [dog] = (await groups()).data;
    const detailBody = (await manager.get(`/analytics-api/unanswered/${dog.id}`)).body;
    expectAnalyticsResponse(detailBody, '/analytics-api/unanswered/{id}', 'get');
    const detail = detailBody.data;
    expect([...detail.examples].sort()).toEqual([...DOG].sort()); // six distinct texts (at most 10 kept)
    // The trend covers the stated period (the list's default) month by month, empty months as 0.
    const month = today().slice(0, 7);
    expect(detail.period.to).toBe(today());
    expect(detail.trend.at(-1)).toEqual({ month, count: 6 });
    expect(detail.trend.filter((m: { count: number }) => m.count > 0)).toEqual([{ month, count: 6 }]);
    expect(detail.trend[0].month).toBe(detail.period.from.slice(0, 7));
    expect(detail.count).toBe(6);
    const log = await t.strapi.db.connection('botkb_access_log').select('user_email', 'action', 'target');
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'view_unanswered_group', target: dog.id }),
        expect.objectContaining({ action: 'list_unanswered' }),
      ]),
    );
    expect((await manager.get('/analytics-api/unanswered/99999')).status).toBe(404);
  });

  it('lets content experts triage, not managers; bulk ignore', async () => {
    const [, library, parking] = (await groups()).data;
    expect((await manager.put(`/analytics-api/unanswered/${library.id}`, { status: 'ignored' })).status).toBe(403);
    expect(
      (await manager.post('/analytics-api/unanswered/bulk', { ids: [library.id], status: 'ignored' })).status,
    ).toBe(403);
    const progress = await editor.put(`/analytics-api/unanswered/${library.id}`, { status: 'in_progress' });
    expect(progress.status).toBe(200);
    expect(progress.body.data.status).toBe('in_progress');
    expectAnalyticsResponse(progress.body, '/analytics-api/unanswered/{id}', 'put');
    const bulk = await editor.post('/analytics-api/unanswered/bulk', {
      ids: [library.id, parking.id],
      status: 'ignored',
    });
    expect(bulk.body.data.updated).toBe(2);
    expectAnalyticsResponse(bulk.body, '/analytics-api/unanswered/bulk', 'post');
    expect((await groups('&status=ignored')).total).toBe(2);
    expect((await editor.put(`/analytics-api/unanswered/${library.id}`, { status: 'done' })).status).toBe(400);
    const bad = await editor.put(`/analytics-api/unanswered/${library.id}`, {
      status: 'resolved',
      target: { kind: 'answer', slug: 'ei-ole-olemassa' },
    });
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['target', 'slug']]);
  });

  it('resolving with a phrasing closes the loop: the bot then answers that question', async () => {
    const [dog] = (await groups()).data;
    const res = await editor.put(`/analytics-api/unanswered/${dog.id}`, {
      status: 'resolved',
      target: { kind: 'answer', slug: 'ajanvaraus-terveysasema' },
      phrasing: 'saako koiran tuoda terveysasemalle',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      status: 'resolved',
      resolution: { kind: 'answer', slug: 'ajanvaraus-terveysasema', phrasing: 'saako koiran tuoda terveysasemalle' },
    });
    expectAnalyticsResponse(res.body, '/analytics-api/unanswered/{id}', 'put');
    expect(res.body.data.resolution.adminUrl).toMatch(
      /^\/admin\/content-manager\/collection-types\/api::answer.answer\/\w+/,
    );
    await drainSearch(t.strapi);
    const after = await ask('Saako koiran tuoda terveysasemalle?');
    expect(after.answered).toBe(true);
    expect(after.answer.slug).toBe('ajanvaraus-terveysasema');
  });

  it('rolls up an ask left over from a crash exactly once (reports catch up first)', async () => {
    const knex = t.strapi.db.connection;
    const askTable = t.strapi.db.metadata.get('api::bot-ask.bot-ask').tableName;
    const month = `from=${today().slice(0, 7)}-01&to=${today()}`;
    const before = (await manager.get(`/analytics-api/monthly-usage?${month}`)).body.data[0].questions;
    // An ask committed just before the server died, not yet rolled up.
    const { id: _id, ...row } = await knex(askTable).where('locale', 'fi').first();
    await knex(askTable).insert({ ...row, document_id: `crash${Date.now()}`, ask_id: randomUUID(), rolled_up: false });
    expect((await manager.get(`/analytics-api/monthly-usage?${month}`)).body.data[0].questions).toBe(before + 1);
    expect((await manager.get(`/analytics-api/monthly-usage?${month}`)).body.data[0].questions).toBe(before + 1);
    expect(Number((await knex(askTable).where('rolled_up', false).count({ n: '*' }))[0].n)).toBe(0);
  });

  it('retention deletes question texts and examples older than the period, keeping the counts', async () => {
    const knex = t.strapi.db.connection;
    const old = Date.now() - 200 * 86_400_000;
    const askTable = t.strapi.db.metadata.get('api::bot-ask.bot-ask').tableName;
    const [parkingGroup] = (await groups('&locale=sv')).data;
    await knex(askTable)
      .where('locale', 'sv')
      .update({ asked_at: new Date(old) });
    await knex('botkb_unanswered_examples').where('group_id', Number(parkingGroup.id)).update({ asked_at: old });
    await knex('botkb_unanswered_groups')
      .where('id', Number(parkingGroup.id))
      .update({ first_seen: old, last_seen: old });
    const before = (await manager.get(`/analytics-api/monthly-usage?from=${today().slice(0, 7)}-01&to=${today()}`)).body
      .data;
    const result = await (
      t.strapi.get('botkb-analytics') as { purgeExpired(): Promise<Record<string, number>> }
    ).purgeExpired();
    expect(result).toMatchObject({ asks: 1, examples: 1, labels: 1 });
    expect((await knex(askTable).where('locale', 'sv').first('question')).question).toBe('');
    expect(await knex('botkb_unanswered_examples').where('group_id', Number(parkingGroup.id))).toEqual([]);
    const label = (await knex('botkb_unanswered_groups').where('id', Number(parkingGroup.id)).first('label')).label;
    expect(label).not.toContain('parkera gratis');
    // Its examples all expired: the reports say so, never show the analyzer key.
    const [listed] = (await groups('&locale=sv')).data;
    const detail = (await manager.get(`/analytics-api/unanswered/${parkingGroup.id}`)).body.data;
    const expired = { label: null, examplesExpired: true, retentionDays: 180, examples: [] };
    for (const g of [listed, detail]) expect(g).toMatchObject(expired);
    expect(
      Number((await knex(askTable).where('locale', 'fi').whereNot('question', '').count({ n: '*' }))[0].n),
    ).toBeGreaterThan(0);
    expect(
      (await manager.get(`/analytics-api/monthly-usage?from=${today().slice(0, 7)}-01&to=${today()}`)).body.data,
    ).toEqual(before);
  });

  it('a group asked in many forms keeps recent examples; after retention its label is a recent question', async () => {
    const knex = t.strapi.db.connection;
    const [library] = (await groups('&q=kalastuslupa')).data;
    const old = Date.now() - 200 * 86_400_000;
    await knex('botkb_unanswered_examples').where('group_id', Number(library.id)).update({ asked_at: old });
    await knex('botkb_unanswered_groups').where('id', Number(library.id)).update({ first_seen: old });
    const top = 'Mistä ostetaan kalastuslupa?';
    for (const q of [top, top, `Hei! ${top}`]) {
      expect((await ask(q, 'fi', { channel: 'phone_bot' })).answered).toBe(false);
    }
    const rolled = (await manager.get(`/analytics-api/unanswered/${library.id}`)).body.data;
    expect(rolled).toMatchObject({ label: 'Mistä ostetaan kalastuslupa?', examplesExpired: false });
    const recent = ['Hei! Mistä ostetaan kalastuslupa?', 'Mistä ostetaan kalastuslupa?'];
    expect([...rolled.examples].sort()).toEqual([...recent, 'kalastuslupa mistä ostetaan']);
    // The list's search finds the group by a word that only its newest example has.
    expect((await groups('&q=HEI!')).data.map((g: { id: string }) => g.id)).toEqual([library.id]);

    const analytics = t.strapi.get('botkb-analytics') as { purgeExpired(): Promise<Record<string, number>> };
    expect(await analytics.purgeExpired()).toMatchObject({ examples: 1 });
    const after = (await manager.get(`/analytics-api/unanswered/${library.id}`)).body.data;
    expect(after).toMatchObject({ label: 'Mistä ostetaan kalastuslupa?', examplesExpired: false });
    expect([...after.examples].sort()).toEqual(recent);
    const stored = await knex('botkb_unanswered_groups').where('id', Number(library.id)).first('label');
    expect(stored.label).toBe('Mistä ostetaan kalastuslupa?');
    expect((await groups('&q=HEI!')).data.map((g: { id: string }) => g.id)).toEqual([library.id]);
  });
});
