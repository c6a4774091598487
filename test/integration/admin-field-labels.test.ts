import type { Browser } from 'playwright-core';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession } from '../helpers/api';
import { launchChromium, loginToAdmin, openPage, screenshot } from '../helpers/browser';
import { FIELD_LABELS } from '../../cms/src/admin-labels/field-labels';
import { INTERNAL_UIDS } from '../../cms/src/content-uids';

let t: TestStrapi;
let expert: Awaited<ReturnType<typeof adminSession>>;
let browser: Browser;
// A content expert of this test only (admin logins are limited to 5 per 5 minutes per account).
const EXPERT = { email: 'kenttaselitteet@example.fi', password: 'Kentat-Testi-2026' };
beforeAll(async () => {
  t = await startTestStrapi();
  expert = await adminSession(t.strapi, t.url, 'strapi-editor');
  const role = await t.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
  await t.strapi.service('admin::user').create({
    ...EXPERT,
    firstname: 'Kenttä',
    lastname: 'Selite',
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

type Metadatas = Record<string, { edit: { label: string; description: string }; list: { label: string } }>;
type View = { data: { contentType: { metadatas: Metadatas }; components: Record<string, { metadatas: Metadatas }> } };

/** Every content type and component the content manager shows, with its own (non-system) fields. */
function editableModels(): Array<[string, string[]]> {
  const system = new Set([
    'createdAt',
    'updatedAt',
    'publishedAt',
    'createdBy',
    'updatedBy',
    'locale',
    'localizations',
  ]);
  const models = [...Object.entries(t.strapi.contentTypes), ...Object.entries(t.strapi.components)] as Array<
    [string, { attributes: object }]
  >;
  return models
    .filter(([uid]) => (uid.startsWith('api::') && !INTERNAL_UIDS.includes(uid)) || !uid.includes('::'))
    .map(([uid, model]) => [uid, Object.keys(model.attributes).filter((name) => !system.has(name))]);
}

describe('the content manager in Finnish and Swedish', () => {
  it('has a Finnish label and a help text for every field of every content type and component', () => {
    const missing = editableModels().flatMap(([uid, fields]) =>
      fields.filter((f) => !FIELD_LABELS[uid]?.[f]).map((f) => `${uid}.${f}`),
    );
    expect(missing).toEqual([]);
  });

  for (const uid of Object.keys(FIELD_LABELS).filter((u) => u.startsWith('api::'))) {
    it(`shows the labels of ${uid} and its components to the content expert`, async () => {
      const res = await expert.get(`/content-manager/content-types/${uid}/configuration`);
      expect(res.status).toBe(200);
      const { contentType, components } = (res.body as View).data;
      for (const [field, label] of Object.entries(FIELD_LABELS[uid])) {
        expect(contentType.metadatas[field].edit.label).toBe(label.fi);
        expect(contentType.metadatas[field].edit.description).toContain(label.fiHelp);
        expect(contentType.metadatas[field].edit.description).toContain(label.sv);
        expect(contentType.metadatas[field].list.label).toBe(label.fi);
      }
      for (const [componentUid, view] of Object.entries(components)) {
        for (const [field, label] of Object.entries(FIELD_LABELS[componentUid])) {
          expect(view.metadatas[field].edit.label).toBe(label.fi);
        }
      }
    });
  }

  it('names the answer title "Otsikko" and explains the enum values of the audience', async () => {
    const res = await expert.get('/content-manager/content-types/api::answer.answer/configuration');
    const { metadatas } = (res.body as View).data.contentType;
    expect(metadatas.title.edit.label).toBe('Otsikko');
    expect(metadatas.audience.edit.description).toMatch(/resident = asukas/);
  });

  it("shows the Finnish labels in the admin panel's edit view (browser)", async () => {
    const page = await loginToAdmin(await openPage(browser), t.url, EXPERT);
    await page.goto(
      `${t.url}/admin/content-manager/collection-types/api::answer.answer/create?plugins[i18n][locale]=fi`,
    );
    const title = FIELD_LABELS['api::answer.answer'].title.fi;
    await page.waitForSelector(`label:has-text("${title}")`, { timeout: 60_000 });
    await screenshot(page, 'admin-answer-labels');
    await page.context().close();
  }, 120_000);
});
