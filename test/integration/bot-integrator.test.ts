/**
 * Issue 18, what an integrator writing a bot needs: an ask id that events reference, answer_shown
 * recorded by the server, answers readable with the bot token, audience as a preference and stable
 * option keys (content model, seeds, migration, designer, path_step events and the path report).
 */
import type { Knex } from 'knex';
import { readDemoContent } from '@botkb/seeds';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { api, createApiToken, createBotToken } from '../helpers/api';
import { expectMatchesSchema } from '../helpers/openapi';
import { analyticsService } from '../../cms/src/services';
import { TABLES } from '../../cms/src/analytics/analytics-tables';
import { askTable } from '../../cms/src/bot/ask-recorder';
import { answerPerformance } from '../../cms/src/analytics/reports/answer-performance';
import { loadPublishedSteps, pathBranchSums, shapeBranches } from '../../cms/src/analytics/reports/path-branches';
import { readDesignerPath, saveDesignerPath } from '../../cms/src/designer/designer-service';
import { backfillOptionKeys } from '../../cms/database/migrations/014-ask-ids-and-option-keys';

let t: TestStrapi;
let bot: ReturnType<typeof api>;
const knex = () => t.strapi.db.connection as unknown as Knex;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALL_TIME = { from: '2000-01-01', to: '2100-12-31' };
const docs = (uid: string) => t.strapi.documents(uid as never) as any;

beforeAll(async () => {
  t = await startDemoStrapi();
  bot = api(t.url, await createBotToken(t.strapi));
}, 180_000);
afterAll(async () => t?.stop());

const ask = async (question: string, extra: Record<string, unknown> = {}) => {
  const res = await bot.post('/bot/ask', { question, locale: 'fi', ...extra });
  expect(res.status).toBe(200);
  expectMatchesSchema(res.body, 'AskResponse');
  return res.body;
};

let eventCount = 0;
const event = (type: string, fields: Record<string, unknown>) => ({
  id: `integrator-${Date.now()}-${(eventCount += 1)}`,
  type,
  sessionId: 'integrator-session',
  timestamp: new Date().toISOString(),
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
  ...fields,
});
const send = (...events: Array<Record<string, unknown>>) => bot.post('/bot/events', { events });

async function answerRow(slug: string) {
  await analyticsService(t.strapi).catchUp();
  const { entries } = await analyticsService(t.strapi).catalog.read();
  return (await answerPerformance(knex(), ALL_TIME, entries)).find((r) => r.slug === slug)!;
}

describe('ask id', () => {
  it('is returned with every ask, also unanswered, and recorded with it', async () => {
    const answered = await ask('miten varaan ajan terveysasemalle');
    const unanswered = await ask('mikä on huomisen sääennuste helsingissä');
    expect(unanswered.answered).toBe(false);
    for (const body of [answered, unanswered]) expect(body.askId).toMatch(UUID);
    expect(answered.askId).not.toBe(unanswered.askId);
    const { table, col } = askTable(t.strapi);
    const row = await knex()(table).where(col('askId'), answered.askId).first();
    expect(row[col('answerSlug')]).toBe(answered.answer.slug);
  });

  it('records answer_shown for an answered ask; sent by the bot with the askId it counts once', async () => {
    const body = await ask('miten varaan ajan terveysasemalle');
    const slug = body.answer.slug as string;
    const before = (await answerRow(slug)).shown;
    await analyticsService(t.strapi).catchUp();
    expect((await answerRow(slug)).shown).toBe(before); // asks before this one are already counted
    const again = await ask('miten varaan ajan terveysasemalle');
    expect((await answerRow(slug)).shown).toBe(before + 1);
    const res = await send(event('answer_shown', { answerSlug: slug, askId: again.askId }));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ accepted: 0, duplicates: 1 });
    expect((await answerRow(slug)).shown).toBe(before + 1);
    // Sent before the rollup ran: still once.
    const third = await ask('miten varaan ajan terveysasemalle');
    expect((await send(event('answer_shown', { answerSlug: slug, askId: third.askId }))).status).toBe(200);
    expect((await answerRow(slug)).shown).toBe(before + 2);
  });

  it('counts two answer_shown events of one batch naming the same ask once', async () => {
    // An unanswered ask: the server records no answer_shown of its own, so only the two events can count.
    const body = await ask('mikä on huomisen sääennuste helsingissä');
    expect(body.answered).toBe(false);
    const slug = 'kirjastokortti'; // a suggestion the bot showed
    const before = (await answerRow(slug)).shown;
    const twice = [1, 2].map(() => event('answer_shown', { answerSlug: slug, askId: body.askId }));
    const res = await send(...twice);
    expect(res.body.data).toEqual({ accepted: 1, duplicates: 1 });
    expect((await answerRow(slug)).shown).toBe(before + 1);
  });

  it('counts once the answer_shown of a bot that sends no askId (written before ask ids), in its session', async () => {
    const sessionId = `old-bot-${Date.now()}`;
    const body = await ask('miten varaan ajan terveysasemalle', { sessionId });
    const slug = body.answer.slug as string;
    const before = (await answerRow(slug)).shown;
    expect(before).toBeGreaterThan(0); // the server recorded this ask's answer_shown
    const res = await send(event('answer_shown', { answerSlug: slug, sessionId }));
    expect(res.body.data).toEqual({ accepted: 0, duplicates: 1 });
    // Sent before the rollup ran: the bot's event takes the ask's id, the server's record then adds nothing.
    const next = await bot.post('/bot/ask', { question: 'miten varaan ajan terveysasemalle', locale: 'fi', sessionId });
    expect((await send(event('answer_shown', { answerSlug: slug, sessionId }))).body.data.accepted).toBe(1);
    expect((await answerRow(slug)).shown).toBe(before + 1);
    const stored = await knex()(TABLES.events).where({ ask_id: next.body.askId, type: 'answer_shown' });
    expect(stored).toHaveLength(1);
    // Another session's answer_shown is another showing.
    expect((await send(event('answer_shown', { answerSlug: slug }))).body.data.accepted).toBe(1);
    expect((await answerRow(slug)).shown).toBe(before + 2);
  });

  it('counts feedback naming only the askId against the answer that ask returned', async () => {
    const body = await ask('yrityksen kehittämisavustus');
    const slug = body.answer.slug as string;
    const before = await answerRow(slug);
    const res = await send(event('feedback', { askId: body.askId, helpful: false }));
    expect(res.status).toBe(200);
    const after = await answerRow(slug);
    expect(after.unhelpful).toBe(before.unhelpful + 1);
    expect(after.helpful).toBe(before.helpful);
    const stored = await knex()(TABLES.events).where({ ask_id: body.askId, type: 'feedback' }).first();
    expect(stored.answer_slug).toBe(slug);
  });

  it('counts feedback on an ask answered with a path against the path', async () => {
    const body = await ask('tarvitsen apua nyt');
    expect(body.answer).toMatchObject({ kind: 'path', slug: 'tarvitsen-apua-nyt' });
    expect((await send(event('feedback', { askId: body.askId, helpful: true }))).status).toBe(200);
    const stored = await knex()(TABLES.events).where({ ask_id: body.askId, type: 'feedback' }).first();
    expect(stored).toMatchObject({ path_slug: 'tarvitsen-apua-nyt', answer_slug: null });
  });

  it.each([
    ['a slug the ask did not answer', (askId: string) => ({ askId, answerSlug: 'kirjastokortti' }), 'answerSlug'],
    ['an askId never returned', () => ({ askId: '00000000-0000-4000-8000-000000000000' }), 'askId'],
    ['an askId that is no UUID', () => ({ askId: 'not-an-ask' }), 'askId'],
    ['neither askId nor slug', () => ({}), 'answerSlug'],
  ])('refuses feedback with %s (400 naming the field)', async (_what, fields, field) => {
    const body = await ask('miten varaan ajan terveysasemalle');
    const feedback = event('feedback', { helpful: true, ...fields(body.askId) });
    const res = await send(event('conversation_started', {}), feedback);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['events', 1, field]);
  });
});

describe('GET /api/bot/answers/:slug', () => {
  it('returns a published answer with what a bot shows, in fi and sv', async () => {
    for (const locale of ['fi', 'sv']) {
      const res = await bot.get(`/bot/answers/ajanvaraus-terveysasema?locale=${locale}`);
      expect(res.status).toBe(200);
      expectMatchesSchema(res.body, 'BotAnswer');
      expect(res.body).toMatchObject({ slug: 'ajanvaraus-terveysasema', locale, audience: 'resident', urgent: false });
      expect(res.body.translations).toEqual(['fi', 'sv']);
      expect(res.body.body.length).toBeGreaterThan(100);
      expect(res.body.partners.length).toBeGreaterThan(0);
    }
  });

  it('marks an answer a safety trigger leads to as urgent', async () => {
    const slug = 'hammaspaivystys';
    expect((await bot.get(`/bot/answers/${slug}`)).body.urgent).toBe(false);
    const answer = await docs('api::answer.answer').findFirst({ locale: 'fi', filters: { slug }, status: 'published' });
    await docs('api::safety-trigger.safety-trigger').create({
      locale: 'fi',
      status: 'published',
      data: {
        slug: 'hammas-vuotaa',
        phrases: [{ text: 'hammas vuotaa verta' }],
        answer: answer.documentId,
      },
    });
    expect((await bot.get(`/bot/answers/${slug}`)).body.urgent).toBe(true);
  });

  it('404s naming the published locales and for drafts; 401/403 as paths; 403 without the permission', async () => {
    const body = 'Tämä vastaus on vain suomeksi.';
    const data = { slug: 'vain-suomeksi', title: 'Vain suomeksi', body, audience: 'city' };
    await docs('api::answer.answer').create({ locale: 'fi', status: 'published', data });
    await docs('api::answer.answer').create({ locale: 'fi', data: { ...data, slug: 'vain-luonnos' } });
    const sv = await bot.get('/bot/answers/vain-suomeksi?locale=sv');
    expect(sv.status).toBe(404);
    expect(sv.body.error.details.availableLocales).toEqual(['fi']);
    expect((await bot.get('/bot/answers/vain-luonnos')).status).toBe(404);
    expect((await api(t.url).get('/bot/answers/vain-suomeksi')).status).toBe(403);
    expect((await api(t.url, 'not-a-real-token').get('/bot/answers/vain-suomeksi')).status).toBe(401);
    const tokens = t.strapi.service('admin::api-token');
    const custom = (name: string, permissions: string[]) =>
      tokens.create({
        name: `${name} ${Date.now()}`,
        type: 'custom',
        kind: 'content-api',
        lifespan: null,
        permissions,
      });
    const eventsOnly = await custom('events only', ['api::bot.bot.events']);
    expect((await api(t.url, eventsOnly.accessKey).get('/bot/answers/vain-suomeksi')).status).toBe(403);
    // A token issued before the answers endpoint holds ask: it reads answers too.
    const askOnly = await custom('ask only', ['api::bot.bot.ask']);
    expect((await api(t.url, askOnly.accessKey).get('/bot/answers/vain-suomeksi')).status).toBe(200);
    const badLocale = await bot.get('/bot/answers/vain-suomeksi?locale=en');
    expect(badLocale.body.error.details.errors[0].path).toEqual(['locale']);
  });

  it('is all the bot token reads: the content API stays closed to it', async () => {
    expect((await bot.get('/answers?locale=fi')).status).toBe(403);
    expect((await bot.get('/guidance-paths?locale=fi')).status).toBe(403);
  });
});

describe('audience as a preference', () => {
  it('answers a strong match for another audience, marked, instead of no answer', async () => {
    const body = await ask('yrityksen perustaminen', { audience: 'resident' });
    expect(body.answered).toBe(true);
    expect(body.answer).toMatchObject({ audience: 'business', audienceMatch: false });
  });

  it('ranks the asked audience first', async () => {
    const body = await ask('ajanvaraus terveysasemalle', { audience: 'resident' });
    expect(body.answer).toMatchObject({ slug: 'ajanvaraus-terveysasema', audience: 'resident', audienceMatch: true });
    const none = await ask('ajanvaraus terveysasemalle');
    expect(none.answer.audienceMatch).toBe(true);
    for (const s of body.suggestions) expect(['resident', 'professional', 'business', 'city']).toContain(s.audience);
  });

  it('still leaves out-of-scope questions unanswered', async () => {
    for (const audience of ['resident', 'business', 'professional', 'city']) {
      expect((await ask('mikä on huomisen sääennuste helsingissä', { audience })).answered).toBe(false);
    }
  });
});

describe('option keys', () => {
  const seededPath = () => readDemoContent().paths.find((p) => p.slug === 'tarvitsen-apua-nyt')!;

  it('the path graph gives options their keys (same in fi and sv) and answer targets what a bot shows', async () => {
    const graphs = [];
    for (const locale of ['fi', 'sv']) {
      const res = await bot.get(`/bot/paths/tarvitsen-apua-nyt?locale=${locale}`);
      expect(res.status).toBe(200);
      expectMatchesSchema(res.body, 'PathGraph');
      graphs.push(res.body);
    }
    const keys = (g: any) => g.steps.map((s: any) => s.options.map((o: any) => o.key));
    expect(keys(graphs[0])).toEqual(seededPath().steps.map((s) => s.options.map((o) => o.key)));
    expect(keys(graphs[1])).toEqual(keys(graphs[0]));
    const answer = graphs[0].steps.flatMap((s: any) => s.options).find((o: any) => o.target.type === 'answer').target;
    expect(answer.body.length).toBeGreaterThan(50);
    expect(answer).toHaveProperty('partners');
    expect(answer).toHaveProperty('handoff');
    expect(typeof answer.urgent).toBe('boolean');
  });

  it('a save keys options from the label, unique in the step; sv takes the Finnish keys', async () => {
    const option = (label: string) => ({ label, target: 'handoff', handoff: 'phone' });
    const paths = docs('api::guidance-path.guidance-path');
    const created = await paths.create({
      locale: 'fi',
      data: {
        slug: 'avainpolku',
        name: 'Avainpolku',
        audience: 'resident',
        steps: [{ key: 'alku', prompt: 'Valitse', options: ['Kyllä, heti!', 'Kyllä, heti!', 'Ääni'].map(option) }],
      },
    });
    const populate = { steps: { populate: { options: true } } };
    const fi = await paths.findOne({ documentId: created.documentId, locale: 'fi', populate });
    expect(fi.steps[0].options.map((o: any) => o.key)).toEqual(['kylla-heti', 'kylla-heti-2', 'aani']);
    await paths.update({
      documentId: created.documentId,
      locale: 'sv',
      data: {
        name: 'Nyckelstig',
        steps: [{ key: 'alku', prompt: 'Välj', options: ['Ja, genast!', 'Ja', 'Ljud'].map(option) }],
      },
    });
    const sv = await paths.findOne({ documentId: created.documentId, locale: 'sv', populate });
    expect(sv.steps[0].options.map((o: any) => o.key)).toEqual(['kylla-heti', 'kylla-heti-2', 'aani']);
  });

  it('migration 14 fills missing keys from the Finnish labels, the same in sv', async () => {
    const options = 'components_guidance_options';
    const expected = await knex()(options).select('id', 'key').orderBy('id');
    expect(expected.every((o: { key: string | null }) => o.key)).toBe(true);
    await knex()(options).update({ key: null });
    expect(await backfillOptionKeys(knex())).toBe(expected.length);
    expect(await knex()(options).select('id', 'key').orderBy('id')).toEqual(expected);
    expect(await backfillOptionKeys(knex())).toBe(0); // a second run changes nothing (and queues no reindex)
  });

  it('the path designer keeps the keys when it saves and keys new options from the Finnish label', async () => {
    const paths = docs('api::guidance-path.guidance-path');
    const { documentId } = await paths.findFirst({ locale: 'fi', filters: { slug: 'reseptin-uusiminen' } });
    const read = await readDesignerPath(t.strapi, documentId);
    const keys = read.steps.map((s) => s.options.map((o) => String(o.key ?? '')));
    expect(keys.flat().every((k) => k.length > 0)).toBe(true);
    const steps = read.steps.map((s, i) =>
      i === 0
        ? {
            ...s,
            options: [
              ...s.options.map((o) => ({ ...o, label: { fi: `${o.label.fi} (muokattu)`, sv: o.label.sv } })),
              {
                key: '',
                label: { fi: 'Uusi vaihtoehto', sv: 'Nytt alternativ' },
                target: 'handoff' as const,
                step: null,
                answer: null,
                partner: null,
                handoff: 'phone',
              },
            ],
          }
        : s,
    );
    await saveDesignerPath(t.strapi, documentId, steps);
    const after = await readDesignerPath(t.strapi, documentId);
    expect(after.steps[0].options.map((o) => o.key)).toEqual([...keys[0], 'uusi-vaihtoehto']);
    expect(after.steps.slice(1).map((s) => s.options.map((o) => o.key))).toEqual(keys.slice(1));
    const sv = await paths.findOne({ documentId, locale: 'sv', populate: { steps: { populate: { options: true } } } });
    expect(sv.steps[0].options.map((o: any) => o.key)).toEqual([...keys[0], 'uusi-vaihtoehto']);
  });

  it('the branching funnel counts per option, reading older label- and position-valued events as the option', async () => {
    const step = seededPath().steps[1]; // labels of at most 60 characters, as older bots could send them
    const [first, second] = step.options;
    const stepEvent = (option: string) =>
      event('path_step', { pathSlug: 'tarvitsen-apua-nyt', stepKey: step.key, option });
    const [{ documentId }] = (await t.strapi.db.query('api::guidance-path.guidance-path' as never).findMany({
      where: { slug: 'tarvitsen-apua-nyt', locale: 'fi', publishedAt: { $notNull: true } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    const report = async () => {
      await analyticsService(t.strapi).catchUp();
      const steps = await loadPublishedSteps(t.strapi, documentId);
      const { sums } = await pathBranchSums(knex(), ALL_TIME, 'tarvitsen-apua-nyt');
      const rows = shapeBranches(steps, sums, 'fi').rows.filter((r) => r.stepKey === step.key);
      return (label: string, target?: string) =>
        rows.find((r) => r.optionLabel === label && (target === undefined || r.target === target))?.count ?? 0;
    };
    const before = await report();
    const sent = [first.key, first.label.fi, first.label.sv, '2', 'Jotain muuta'];
    const res = await send(...sent.map(stepEvent));
    expect(res.status).toBe(200);
    const after = await report();
    expect(after(first.label.fi) - before(first.label.fi)).toBe(3);
    expect(after(second.label.fi) - before(second.label.fi)).toBe(1);
    expect(after('Jotain muuta', 'unknown')).toBe(1);
  });
});

it('the read-only content token still cannot call the bot answers endpoint', async () => {
  const readOnly = await createApiToken(t.strapi, 'read-only');
  expect((await api(t.url, readOnly).get('/bot/answers/ajanvaraus-terveysasema')).status).toBe(403);
});
