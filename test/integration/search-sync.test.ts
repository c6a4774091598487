import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { api, createApiToken, createBotToken } from '../helpers/api';
import { drainSearch, indexedSlugs, searchService } from '../helpers/search';

let t: TestStrapi;
let writer: ReturnType<typeof api>;
const ANSWERS = 'api::answer.answer';

beforeAll(async () => {
  t = await startTestStrapi({ env: { BOT_RATE_LIMIT_PER_SEC: '100000', BOT_RATE_LIMIT_BURST: '100000' } });
  writer = api(t.url, await createApiToken(t.strapi, 'full-access'));
});
afterAll(async () => t?.stop());

const docs = () => t.strapi.documents(ANSWERS as never) as any;
const answer = (slug: string, title: string) => ({
  slug,
  title,
  body: `${title}: ohjeet.`,
  audience: 'resident',
  phrasings: [{ text: title.toLowerCase() }],
});

describe('Strapi → Meilisearch sync', () => {
  it('indexes publish per locale, removes on unpublish and delete', async () => {
    const created = await docs().create({ data: answer('sync-a', 'Kirjaston aukioloajat'), locale: 'fi' });
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).not.toContain('sync-a'); // draft only

    await docs().publish({ documentId: created.documentId, locale: 'fi' });
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).toContain('sync-a');
    expect(await indexedSlugs(t.strapi, 'sv')).not.toContain('sync-a');

    await docs().update({
      documentId: created.documentId,
      locale: 'sv',
      data: { title: 'Bibliotekets öppettider', body: 'Öppettider.', phrasings: [] },
    });
    await docs().publish({ documentId: created.documentId, locale: 'sv' });
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'sv')).toContain('sync-a');

    await docs().unpublish({ documentId: created.documentId, locale: 'sv' });
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'sv')).not.toContain('sync-a');
    expect(await indexedSlugs(t.strapi, 'fi')).toContain('sync-a');

    await docs().delete({ documentId: created.documentId, locale: '*' });
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).not.toContain('sync-a');
  });

  it('never makes a draft searchable; discarding a draft keeps the published text', async () => {
    const created = await docs().create({
      data: answer('sync-b', 'Uimahallin liput'),
      locale: 'fi',
      status: 'published',
    });
    await drainSearch(t.strapi);
    await docs().update({
      documentId: created.documentId,
      locale: 'fi',
      data: { title: 'Luonnosotsikko jota ei saa löytyä' },
    });
    await drainSearch(t.strapi);
    const bot = api(t.url, await createBotToken(t.strapi));
    const res = await bot.post('/bot/ask', { question: 'luonnosotsikko', locale: 'fi' });
    expect([res.body.answer?.title, ...res.body.suggestions.map((s: { title: string }) => s.title)]).not.toContain(
      'Luonnosotsikko jota ei saa löytyä',
    );
    await docs().discardDraft({ documentId: created.documentId, locale: 'fi' });
    await drainSearch(t.strapi);
    const ask = await bot.post('/bot/ask', { question: 'uimahallin liput', locale: 'fi' });
    expect(ask.body.answer).toMatchObject({ slug: 'sync-b', title: 'Uimahallin liput' });
  });

  it('indexes REST create/update with status=published and follows a REST delete', async () => {
    const res = await writer.post('/answers?locale=fi&status=published', {
      data: answer('sync-c', 'Pysäköintilupa asukkaalle'),
    });
    expect(res.status).toBe(201);
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).toContain('sync-c');
    const upd = await writer.put(`/answers/${res.body.data.documentId}?locale=fi&status=published`, {
      data: { title: 'Asukaspysäköinti' },
    });
    expect(upd.status).toBe(200);
    await drainSearch(t.strapi);
    const bot = api(t.url, await createBotToken(t.strapi));
    expect((await bot.post('/bot/ask', { question: 'asukaspysäköinti', locale: 'fi' })).body.answer?.title).toBe(
      'Asukaspysäköinti',
    );
    expect((await writer.delete(`/answers/${res.body.data.documentId}?locale=fi`)).status).toBe(204);
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).not.toContain('sync-c');
  });

  it("answers with a republished answer's new body (the bodies the ask keeps are its index version's)", async () => {
    const res = await writer.post('/answers?locale=fi&status=published', {
      data: answer('sync-body', 'Kuntosalin vuorot'),
    });
    expect(res.status).toBe(201);
    await drainSearch(t.strapi);
    const bot = api(t.url, await createBotToken(t.strapi));
    const asked = async (question: string) =>
      (await bot.post('/bot/ask', { question, locale: 'fi' })).body.answer as { slug: string; body: string };
    // Two different wordings: the second is no cached answer, its body is the one kept from the first.
    expect(await asked('kuntosalin vuorot')).toMatchObject({ slug: 'sync-body', body: 'Kuntosalin vuorot: ohjeet.' });
    expect(await asked('vuorot kuntosalin')).toMatchObject({ slug: 'sync-body', body: 'Kuntosalin vuorot: ohjeet.' });
    const upd = await writer.put(`/answers/${res.body.data.documentId}?locale=fi&status=published`, {
      data: { body: 'Vuorot varataan nyt verkossa.' },
    });
    expect(upd.status).toBe(200);
    await drainSearch(t.strapi);
    expect(await asked('kuntosalin vuorot')).toMatchObject({
      slug: 'sync-body',
      body: 'Vuorot varataan nyt verkossa.',
    });
  });

  it('rebuilds the indexes with npm run reindex while searches keep working', async () => {
    for (let i = 0; i < 30; i++)
      await docs().create({
        data: answer(`reindex-${i}`, `Reindeksoitava vastaus ${i}`),
        locale: 'fi',
        status: 'published',
      });
    await drainSearch(t.strapi);
    const bot = api(t.url, await createBotToken(t.strapi));
    let failures = 0;
    let searches = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        const res = await bot.post('/bot/ask', { question: 'reindeksoitava vastaus', locale: 'fi' });
        searches += 1;
        if (res.status !== 200 || !res.body.answered) {
          failures += 1;
          console.log('failed search during reindex', res.status, JSON.stringify(res.body).slice(0, 300));
        }
      }
    })();
    const counts = await (searchService(t.strapi) as any).reindex();
    running = false;
    await load;
    expect(counts.fi).toBeGreaterThanOrEqual(30);
    expect(searches).toBeGreaterThan(5);
    expect(failures).toBe(0);
    expect((await indexedSlugs(t.strapi, 'fi')).filter((s) => s.startsWith('reindex-'))).toHaveLength(30);
  });
});
