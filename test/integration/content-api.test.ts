import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken } from '../helpers/api';
import { INTERNAL_UIDS } from '../../cms/src/content-uids';

let t: TestStrapi;
let readToken: string;
let writeToken: string;

beforeAll(async () => {
  t = await startTestStrapi();
  readToken = await createApiToken(t.strapi, 'read-only');
  writeToken = await createApiToken(t.strapi, 'full-access');
});
afterAll(async () => t?.stop());

const answer = (slug: string, title: string) => ({
  slug,
  title,
  body: `${title} — vastaus.`,
  audience: 'resident',
  handoff: 'phone',
  phrasings: [{ text: `${title} kysymys` }],
  owner: 'Testitiimi',
  reviewDue: '2027-01-31',
});

describe('content API (REST, API tokens, i18n)', () => {
  it('creates and publishes an answer in fi and sv and reads each locale back with a read-only token', async () => {
    const writer = api(t.url, writeToken);
    const created = await writer.post('/answers?locale=fi&status=published', {
      data: answer('testi-vastaus', 'Testivastaus'),
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const sv = await writer.put(`/answers/${documentId}?locale=sv&status=published`, {
      data: { title: 'Testsvar', body: 'Testsvar — svar.', phrasings: [{ text: 'testsvar fråga' }] },
    });
    if (sv.status !== 200) console.log(JSON.stringify(sv.body));
    expect(sv.status).toBe(200);

    const reader = api(t.url, readToken);
    const fi = await reader.get(`/answers/${documentId}?locale=fi&populate=phrasings`);
    expect(fi.status).toBe(200);
    expect(fi.body.data).toMatchObject({
      slug: 'testi-vastaus',
      title: 'Testivastaus',
      locale: 'fi',
      audience: 'resident',
    });
    expect(fi.body.data.phrasings.map((p: { text: string }) => p.text)).toEqual(['Testivastaus kysymys']);
    const svRead = await reader.get(`/answers/${documentId}?locale=sv&populate=phrasings`);
    expect(svRead.status).toBe(200);
    // shared (non-localized) fields come from the fi version; text is Swedish
    expect(svRead.body.data).toMatchObject({
      slug: 'testi-vastaus',
      title: 'Testsvar',
      locale: 'sv',
      audience: 'resident',
      handoff: 'phone',
    });
    expect(svRead.body.data.phrasings.map((p: { text: string }) => p.text)).toEqual(['testsvar fråga']);

    const list = await reader.get('/answers?locale=sv');
    expect(list.body.data.map((a: { title: string }) => a.title)).toEqual(['Testsvar']);
  });

  it('shows a missing Swedish translation as missing, never the Finnish text', async () => {
    const created = await api(t.url, writeToken).post('/answers?locale=fi&status=published', {
      data: answer('vain-suomeksi', 'Vain suomeksi'),
    });
    const { documentId } = created.body.data;
    const reader = api(t.url, readToken);
    expect((await reader.get(`/answers/${documentId}?locale=sv`)).status).toBe(404);
    const svList = await reader.get('/answers?locale=sv&filters[slug][$eq]=vain-suomeksi');
    expect(svList.body.data).toEqual([]);
    expect((await reader.get(`/answers/${documentId}?locale=fi`)).body.data.title).toBe('Vain suomeksi');
  });

  it('never serves drafts over REST', async () => {
    const created = await api(t.url, writeToken).post('/answers?locale=fi&status=draft', {
      data: answer('luonnos', 'Luonnos'),
    });
    expect(created.status).toBe(201);
    const res = await api(t.url, readToken).get('/answers?locale=fi&filters[slug][$eq]=luonnos');
    expect(res.body.data).toEqual([]);
  });

  it('refuses requests without a token (403) and writes with a read-only token (403)', async () => {
    for (const path of ['/answers', '/guidance-paths', '/partner-services', '/topics']) {
      expect((await api(t.url).get(path)).status).toBe(403);
    }
    const write = await api(t.url, readToken).post('/answers', { data: answer('kielletty', 'Kielletty') });
    expect(write.status).toBe(403);
    expect((await api(t.url, 'not-a-real-token').get('/answers')).status).toBe(401);
  });

  it('rejects bad input with a 400 naming the field', async () => {
    const res = await api(t.url, writeToken).post('/answers?locale=fi', {
      data: { ...answer('huono', 'Huono'), audience: 'martians' },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/audience/);
  });
});

describe('drafts and internal types over REST', () => {
  const SECRET = 'SALAINEN';
  const ids: Record<string, string> = {};
  const step = { key: 'alku', prompt: 'Tarvitsetko apua?', options: [{ label: 'Ei', target: 'end' }] };

  beforeAll(async () => {
    const writer = api(t.url, writeToken);
    const publish = async (type: string, data: Record<string, unknown>) => {
      const res = await writer.post(`/${type}?locale=fi&status=published`, { data });
      expect(res.status).toBe(201);
      return res.body.data.documentId as string;
    };
    const saveDraft = async (type: string, documentId: string, data: Record<string, unknown>, locale = 'fi') => {
      const res = await writer.put(`/${type}/${documentId}?locale=${locale}&status=draft`, { data });
      expect(res.status).toBe(200);
    };
    ids.topics = await publish('topics', { slug: 'julkinen-aihe', name: 'Julkinen aihe' });
    const draftTopicData = { slug: 'uusi-aihe', name: `${SECRET} aihe` };
    const draftTopic = await writer.post('/topics?locale=fi&status=draft', { data: draftTopicData });
    ids['partner-services'] = await publish('partner-services', {
      slug: 'julkinen-kumppani',
      name: 'Julkinen kumppani',
      url: 'https://example.fi',
      kind: 'portal',
    });
    ids.answers = await publish('answers', answer('julkinen-luonnos', 'Julkinen otsikko'));
    ids['guidance-paths'] = await publish('guidance-paths', {
      slug: 'julkinen-polku',
      name: 'Julkinen polku',
      audience: 'resident',
      steps: [step],
      topic: ids.topics,
    });
    await saveDraft('topics', ids.topics, { name: `${SECRET} nimi` });
    await saveDraft('partner-services', ids['partner-services'], { name: `${SECRET} kumppani` });
    // The Swedish draft first: the shared fields it copies from fi must not name a topic missing in sv.
    await saveDraft('answers', ids.answers, { title: `${SECRET} på svenska`, body: 'Utkast.' }, 'sv');
    const secretTopic = draftTopic.body.data.documentId as string;
    await saveDraft('answers', ids.answers, { title: `${SECRET} otsikko`, topic: secretTopic });
    await saveDraft('guidance-paths', ids['guidance-paths'], { name: `${SECRET} polku`, topic: secretTopic });
  });

  it('refuses status=draft to a read-only token with a 403 naming status, by list and by documentId', async () => {
    const reader = api(t.url, readToken);
    for (const [type, documentId] of Object.entries(ids)) {
      for (const path of [`/${type}?status=draft`, `/${type}/${documentId}?status=draft&populate=*`]) {
        const res = await reader.get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 403 });
        expect(res.body.error.details.errors[0].path).toEqual(['status']);
        expect(JSON.stringify(res.body)).not.toContain(SECRET);
      }
    }
  });

  it('gives a read-only token published text only, populated relations and other locales included', async () => {
    const reader = api(t.url, readToken);
    for (const [type, documentId] of Object.entries(ids)) {
      for (const path of [`/${type}?populate=*`, `/${type}/${documentId}?populate=*`, `/${type}?status=published`]) {
        const res = await reader.get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect(JSON.stringify(res.body)).not.toContain(SECRET);
      }
    }
    const withLocales = '?populate[localizations]=true&populate[topic]=true';
    const answerWithLocales = await reader.get(`/answers/${ids.answers}${withLocales}`);
    expect(answerWithLocales.body.data.title).toBe('Julkinen otsikko');
    expect(answerWithLocales.body.data.topic).toBeNull();
    expect(JSON.stringify(answerWithLocales.body)).not.toContain(SECRET);
    const pathWithTopic = await reader.get(`/guidance-paths/${ids['guidance-paths']}?populate=topic`);
    expect(pathWithTopic.body.data.topic.name).toBe('Julkinen aihe');
  });

  it('still shows drafts to a full-access token and to the content manager', async () => {
    const writer = api(t.url, writeToken);
    const drafts = await writer.get(`/answers/${ids.answers}?status=draft&populate=topic`);
    expect(drafts.body.data.title).toBe(`${SECRET} otsikko`);
    expect(drafts.body.data.topic.name).toBe(`${SECRET} aihe`);
    const editor = await adminSession(t.strapi, t.url, 'strapi-editor');
    const cm = await editor.get(`/content-manager/collection-types/api::answer.answer/${ids.answers}?locale=fi`);
    expect(cm.status).toBe(200);
    expect(cm.body.data.title).toBe(`${SECRET} otsikko`);
  });

  it('has no content-API route for the internal types, even for a full-access token', async () => {
    for (const uid of INTERNAL_UIDS) {
      const { info } = t.strapi.contentTypes[uid as keyof typeof t.strapi.contentTypes];
      const plural = info.pluralName;
      expect((await api(t.url, writeToken).get(`/${plural}`)).status).toBe(404);
    }
  });
});
