import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { api, createApiToken, createBotToken } from '../helpers/api';
import { drainSearch } from '../helpers/search';
import { documentedStatuses, expectMatchesSchema } from '../helpers/openapi';
import { analyticsService } from '../../cms/src/services';

let t: TestStrapi;
let bot: ReturnType<typeof api>;

beforeAll(async () => {
  t = await startDemoStrapi();
  bot = api(t.url, await createBotToken(t.strapi));
}, 180_000);
afterAll(async () => t?.stop());

const ask = async (question: string, locale = 'fi', extra: Record<string, unknown> = {}) => {
  const res = await bot.post('/bot/ask', { question, locale, ...extra });
  expect(documentedStatuses('/bot/ask', 'post')).toContain(String(res.status));
  expectMatchesSchema(res.body, res.status === 200 ? 'AskResponse' : 'Error');
  return res;
};

describe('POST /api/bot/ask', () => {
  it.each([
    ['mistä saa ajan hammaslääkärille', 'fi', 'hammashoito-ajanvaraus'],
    ['haluan uusia reseptin', 'fi', 'reseptin-uusiminen'],
    ['miten teen lastensuojeluilmoituksen', 'fi', 'lastensuojeluilmoitus'],
    ['influenssarokote', 'fi', 'influenssarokotus'],
    ['var får jag tid till tandläkare', 'sv', 'hammashoito-ajanvaraus'],
    ['hur förnyar jag receptet', 'sv', 'reseptin-uusiminen'],
  ])('answers "%s" (%s) with %s', async (question, locale, slug) => {
    const res = await ask(question, locale);
    expect(res.status).toBe(200);
    expect(res.body.answered).toBe(true);
    expect([res.body.answer.slug, ...res.body.suggestions.map((s: { slug: string }) => s.slug)]).toContain(slug);
    expect(res.body.answer.locale).toBe(locale);
  });

  it('answers a Swedish question with untranslated Finnish content, marked as Finnish', async () => {
    const docs = t.strapi.documents('api::answer.answer' as never) as any;
    await docs.create({
      locale: 'fi',
      status: 'published',
      data: {
        slug: 'pilkkikilpailu',
        title: 'Esimerkkijärven pilkkikilpailu',
        body: 'Pilkkikilpailu järjestetään maaliskuussa Esimerkkijärven jäällä.',
        audience: 'city',
        phrasings: [{ text: 'pilkkikilpailu esimerkkijärvi' }],
      },
    });
    await drainSearch(t.strapi);
    const res = await ask('pilkkikilpailu esimerkkijärvi', 'sv');
    expect(res.body.answered).toBe(true);
    expect(res.body.answer).toMatchObject({
      slug: 'pilkkikilpailu',
      locale: 'fi',
      title: 'Esimerkkijärven pilkkikilpailu',
    });
  });

  it('applies synonyms that a content expert publishes in the search vocabulary', async () => {
    const before = await ask('purukalustopaja', 'fi');
    expect(before.body.answered).toBe(false);
    const vocab = t.strapi.documents('api::search-vocabulary.search-vocabulary' as never) as any;
    const current = await vocab.findFirst({ locale: 'fi', populate: { synonyms: true } });
    const synonyms = current.synonyms.map((g: { terms: string }) => ({ terms: g.terms }));
    await vocab.update({
      documentId: current.documentId,
      locale: 'fi',
      data: { synonyms: [...synonyms, { terms: 'purukalustopaja, hammashoito' }] },
    });
    await vocab.publish({ documentId: current.documentId, locale: 'fi' });
    await drainSearch(t.strapi);
    const after = await ask('purukalustopaja', 'fi');
    expect(after.body.answered).toBe(true);
    const ranked = [after.body.answer.slug, ...after.body.suggestions.map((x: { slug: string }) => x.slug)];
    expect(ranked).toContain('hammashoito-ajanvaraus');
  });

  it('does not answer out-of-scope questions', async () => {
    for (const q of [
      'mikä on huomisen sääennuste helsingissä',
      'paljonko sähkö maksaa tänään',
      'hur blir vädret i morgon',
    ]) {
      const res = await ask(q, /hur/.test(q) ? 'sv' : 'fi');
      expect(res.status).toBe(200);
      if (res.body.answered) console.log('answered out-of-scope', q, JSON.stringify(res.body.answer).slice(0, 200));
      expect(res.body.answered).toBe(false);
      expect(res.body.answer).toBeNull();
    }
  });

  it("carries Strapi's security headers (strapi::security, its helmet instance built once)", async () => {
    const res = await ask('ajanvaraus');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('returns at most 3 suggestions, best first, never repeating the answer', async () => {
    const res = await ask('ajanvaraus');
    expect(res.body.suggestions.length).toBeLessThanOrEqual(3);
    const scores = res.body.suggestions.map((s: { score: number }) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    if (res.body.answer)
      expect(res.body.suggestions.map((s: { slug: string }) => s.slug)).not.toContain(res.body.answer.slug);
  });

  it('lets a safety trigger win over the search ranking', async () => {
    const res = await ask('mulla on kova rintakipu ja hammas särkee', 'fi');
    expect(res.body.answered).toBe(true);
    expect(res.body.answer).toMatchObject({ slug: 'tarvitsen-apua-nyt', kind: 'path', urgent: true });
    const sv = await ask('jag vill ta livet av mig', 'sv');
    expect(sv.body.answer).toMatchObject({ slug: 'mielenterveys-apu', urgent: true, locale: 'sv' });
  });

  it('validates input with a 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ locale: 'fi' }, 'question'],
      [{ question: '', locale: 'fi' }, 'question'],
      [{ question: 'x'.repeat(501), locale: 'fi' }, 'question'],
      [{ question: 'moi', locale: 'en' }, 'locale'],
      [{ question: 'moi', locale: 'fi', audience: 'aliens' }, 'audience'],
      [{ question: 'moi', locale: 'fi', sessionId: 42 }, 'sessionId'],
      [{ question: 'moi', locale: 'fi', hack: true }, 'hack'],
    ];
    for (const [body, field] of cases) {
      const res = await bot.post('/bot/ask', body);
      expect(res.status).toBe(400);
      expectMatchesSchema(res.body, 'Error');
      expect(res.body.error.details.errors[0].path).toEqual([field]);
    }
  });

  it('accepts only bot tokens: 403 without a token or with a content token; a bot token cannot read content', async () => {
    expect((await api(t.url).post('/bot/ask', { question: 'moi', locale: 'fi' })).status).toBe(403);
    const readOnly = api(t.url, await createApiToken(t.strapi, 'read-only'));
    expect((await readOnly.post('/bot/ask', { question: 'moi', locale: 'fi' })).status).toBe(403);
    expect((await bot.get('/answers?locale=fi')).status).toBe(403);
    expect((await api(t.url, 'not-a-real-token').post('/bot/ask', { question: 'moi', locale: 'fi' })).status).toBe(401);
  });

  it('applies token changes made in the admin at once, despite the token cache', async () => {
    const name = `revocable bot ${Date.now()}`;
    const client = api(t.url, await createBotToken(t.strapi, name));
    const tokens = t.strapi.service('admin::api-token') as any;
    const id = (await t.strapi.db.query('admin::api-token').findOne({ where: { name } })).id;
    expect((await client.post('/bot/ask', { question: 'moi', locale: 'fi' })).status).toBe(200);
    expect((await t.strapi.db.query('admin::api-token').findOne({ where: { id } })).lastUsedAt).not.toBeNull();
    await tokens.update(id, { permissions: ['api::bot.bot.path'] });
    expect((await client.post('/bot/ask', { question: 'moi', locale: 'fi' })).status).toBe(403);
    expect((await client.get('/bot/paths/tarvitsen-apua-nyt?locale=fi')).status).not.toBe(403);
    await tokens.revoke(id);
    expect((await client.get('/bot/paths/tarvitsen-apua-nyt?locale=fi')).status).toBe(401);
  });

  it('records every ask durably with the question redacted', async () => {
    const res = await ask('hetuni on 010150-902X ja puhelin 040 123 4567, tarvitsen hammaslääkärin', 'fi', {
      sessionId: 's-1',
      channel: 'web_chat',
      audience: 'resident',
    });
    expect(res.status).toBe(200);
    const sessionId = analyticsService(t.strapi).hashSessionId('s-1');
    const rows = (await t.strapi.db.query('api::bot-ask.bot-ask' as never).findMany({ where: { sessionId } })) as Array<
      Record<string, unknown>
    >;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      locale: 'fi',
      channel: 'web_chat',
      audience: 'resident',
      answered: res.body.answered,
    });
    expect(rows[0].question).toBe('hetuni on [HETU] ja puhelin [PUHELIN], tarvitsen hammaslääkärin');
    // Nor in the normalized terms or any other text (random identifiers, hashes and scores may hold any digits).
    const { askId: _a, documentId: _d, sessionId: _s, ...fields } = rows[0];
    const texts = Object.values(fields).filter((v) => typeof v === 'string');
    expect(texts).toContain(rows[0].normalized);
    expect(texts.join(' ')).not.toMatch(/010150|902x|4567/i);
  });
});

describe('GET /api/bot/paths/:slug', () => {
  it('returns the whole graph with every target resolved', async () => {
    const res = await bot.get('/bot/paths/tarvitsen-apua-nyt?locale=sv');
    expect(res.status).toBe(200);
    expectMatchesSchema(res.body, 'PathGraph');
    expect(res.body).toMatchObject({ slug: 'tarvitsen-apua-nyt', locale: 'sv', firstStep: expect.any(String) });
    const targets = res.body.steps.flatMap((s: { options: Array<{ target: Record<string, unknown> }> }) =>
      s.options.map((o) => o.target),
    );
    expect(targets).toContainEqual(
      expect.objectContaining({ type: 'partner', slug: 'hatanumero-112', url: expect.stringMatching(/^https:/) }),
    );
    for (const target of targets) {
      if (target.type === 'step') expect(res.body.steps.map((s: { key: string }) => s.key)).toContain(target.step);
      if (target.type === 'answer')
        expect(target).toMatchObject({ slug: expect.any(String), title: expect.any(String) });
    }
  });

  it('answers 404 for an unknown path and 400 for a bad locale', async () => {
    const missing = await bot.get('/bot/paths/ei-tallaista?locale=fi');
    expect(missing.status).toBe(404);
    expectMatchesSchema(missing.body, 'Error');
    expect((await bot.get('/bot/paths/tarvitsen-apua-nyt?locale=en')).status).toBe(400);
  });
});
