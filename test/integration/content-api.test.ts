import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { api, createApiToken } from '../helpers/api';

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
  slug, title, body: `${title} — vastaus.`, audience: 'resident', handoff: 'phone',
  phrasings: [{ text: `${title} kysymys` }], owner: 'Testitiimi', reviewDue: '2027-01-31',
});

describe('content API (REST, API tokens, i18n)', () => {
  it('creates and publishes an answer in fi and sv and reads each locale back with a read-only token', async () => {
    const writer = api(t.url, writeToken);
    const created = await writer.post('/answers?locale=fi&status=published', { data: answer('testi-vastaus', 'Testivastaus') });
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
    expect(fi.body.data).toMatchObject({ slug: 'testi-vastaus', title: 'Testivastaus', locale: 'fi', audience: 'resident' });
    expect(fi.body.data.phrasings.map((p: { text: string }) => p.text)).toEqual(['Testivastaus kysymys']);
    const svRead = await reader.get(`/answers/${documentId}?locale=sv&populate=phrasings`);
    expect(svRead.status).toBe(200);
    // shared (non-localized) fields come from the fi version; text is Swedish
    expect(svRead.body.data).toMatchObject({ slug: 'testi-vastaus', title: 'Testsvar', locale: 'sv', audience: 'resident', handoff: 'phone' });
    expect(svRead.body.data.phrasings.map((p: { text: string }) => p.text)).toEqual(['testsvar fråga']);

    const list = await reader.get('/answers?locale=sv');
    expect(list.body.data.map((a: { title: string }) => a.title)).toEqual(['Testsvar']);
  });

  it('shows a missing Swedish translation as missing, never the Finnish text', async () => {
    const created = await api(t.url, writeToken).post('/answers?locale=fi&status=published', { data: answer('vain-suomeksi', 'Vain suomeksi') });
    const { documentId } = created.body.data;
    const reader = api(t.url, readToken);
    expect((await reader.get(`/answers/${documentId}?locale=sv`)).status).toBe(404);
    const svList = await reader.get('/answers?locale=sv&filters[slug][$eq]=vain-suomeksi');
    expect(svList.body.data).toEqual([]);
    expect((await reader.get(`/answers/${documentId}?locale=fi`)).body.data.title).toBe('Vain suomeksi');
  });

  it('never serves drafts over REST', async () => {
    const created = await api(t.url, writeToken).post('/answers?locale=fi&status=draft', { data: answer('luonnos', 'Luonnos') });
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
    const res = await api(t.url, writeToken).post('/answers?locale=fi', { data: { ...answer('huono', 'Huono'), audience: 'martians' } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(/audience/);
  });
});
