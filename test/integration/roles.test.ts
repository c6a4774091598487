import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession } from '../helpers/api';
import { INTERNAL_UIDS } from '../../cms/src/content-uids';

let t: TestStrapi;
beforeAll(async () => {
  t = await startTestStrapi();
});
afterAll(async () => t?.stop());

const CM = '/content-manager/collection-types/api::answer.answer';
const body = (slug: string) => ({
  slug,
  title: 'Kirjastokortti',
  body: 'Kortin saa kirjastosta.',
  audience: 'city',
  phrasings: [{ text: 'miten saan kirjastokortin' }],
});

describe('admin-panel roles', () => {
  it('lets a content expert (Editor) author and publish an answer in fi and sv', async () => {
    const editor = await adminSession(t.strapi, t.url, 'strapi-editor');
    const fi = await editor.post(`${CM}?locale=fi`, body('kirjastokortti-testi'));
    expect(fi.status).toBe(201);
    const { documentId } = fi.body.data;
    const pub = await editor.post(`${CM}/${documentId}/actions/publish?locale=fi`, {});
    if (pub.status !== 200) console.log(JSON.stringify(pub.body));
    expect(pub.status).toBe(200);
    const sv = await editor.put(`${CM}/${documentId}?locale=sv`, {
      title: 'Bibliotekskort',
      body: 'Kortet får du på biblioteket.',
      phrasings: [{ text: 'hur får jag bibliotekskort' }],
    });
    expect(sv.status).toBe(200);
    expect((await editor.post(`${CM}/${documentId}/actions/publish?locale=sv`, {})).status).toBe(200);
    const published = await t.strapi
      .documents('api::answer.answer')
      .findOne({ documentId, locale: 'sv', status: 'published' });
    expect(published).toMatchObject({ title: 'Bibliotekskort', slug: 'kirjastokortti-testi', audience: 'city' });
  });

  it('lets a manager read the knowledge base but not change it', async () => {
    const manager = await adminSession(t.strapi, t.url, 'botkb-manager');
    expect((await manager.get(`${CM}?locale=fi`)).status).toBe(200);
    expect((await manager.post(`${CM}?locale=fi`, body('ei-saa'))).status).toBe(403);
  });

  it('uses fi as the default locale and sv as the only other one', async () => {
    const locales = await t.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: { code: string }) => l.code).sort()).toEqual(['fi', 'sv']);
    expect(await t.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('fi');
  });

  it.each(['strapi-super-admin', 'strapi-editor', 'botkb-manager'])(
    'hides the internal types (ask record, search queue) from the content manager of %s',
    async (roleCode) => {
      const session = await adminSession(t.strapi, t.url, roleCode);
      for (const uid of INTERNAL_UIDS) {
        expect([403, 404]).toContain((await session.get(`/content-manager/collection-types/${uid}`)).status);
        const configuration = await session.get(`/content-manager/content-types/${uid}/configuration`);
        expect([403, 404]).toContain(configuration.status);
      }
      const listed = await session.get('/content-manager/content-types');
      expect(listed.status).toBe(200);
      const uids = listed.body.data.map((type: { uid: string }) => type.uid);
      expect(uids).toContain('api::answer.answer');
      for (const uid of INTERNAL_UIDS) expect(uids).not.toContain(uid);
      const init = await session.get('/content-manager/init');
      const initUids = init.body.data.contentTypes.map((type: { uid: string }) => type.uid);
      for (const uid of INTERNAL_UIDS) expect(initUids).not.toContain(uid);
    },
  );
});
