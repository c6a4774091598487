import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';

let t: TestStrapi;
beforeAll(async () => {
  t = await startTestStrapi();
});
afterAll(async () => t?.stop());

const ANSWER = 'api::answer.answer';
const TOPIC = 'api::topic.topic';
const TRIGGER = 'api::safety-trigger.safety-trigger';
type Docs = {
  create(p: object): Promise<{ documentId: string; slug: string }>;
  update(p: object): Promise<{ slug: string } | null>;
  publish(p: object): Promise<unknown>;
  findOne(p: object): Promise<{ slug: string } | null>;
};
const docs = (uid: string) => t.strapi.documents(uid as never) as unknown as Docs;
const slugOf = async (uid: string, documentId: string, locale: string, status: 'draft' | 'published' = 'draft') =>
  (await docs(uid).findOne({ documentId, locale, status }))?.slug;

describe('slugs shared by every locale of a document', () => {
  it('gives a new entry without a slug one from its title, folding ä, ö and å', async () => {
    const created = await docs(ANSWER).create({
      locale: 'fi',
      data: { title: 'Hätä yöllä Åland', body: 'Soita 112.' },
    });
    expect(created.slug).toBe('hata-yolla-aland');
    const again = await docs(ANSWER).create({ locale: 'fi', data: { title: 'Hätä yöllä Åland', body: 'Toinen.' } });
    expect(again.slug).toBe('hata-yolla-aland-1');
    const topic = await docs(TOPIC).create({ locale: 'fi', data: { name: 'Päivähoito' } });
    expect(topic.slug).toBe('paivahoito');
  });

  it('keeps a slug that was given', async () => {
    const created = await docs(ANSWER).create({ locale: 'fi', data: { slug: 'oma', title: 'Äänestys', body: 'x' } });
    expect(created.slug).toBe('oma');
  });

  it('gives a new Swedish version the Finnish slug, whatever slug it sent', async () => {
    const fi = await docs(ANSWER).create({ locale: 'fi', data: { slug: 'kirjasto', title: 'Kirjasto', body: 'x' } });
    await docs(ANSWER).update({
      documentId: fi.documentId,
      locale: 'sv',
      data: { slug: 'answer', title: 'Bibliotek', body: 'y' },
    });
    expect(await slugOf(ANSWER, fi.documentId, 'sv')).toBe('kirjasto');
    const trigger = await docs(TRIGGER).create({ locale: 'fi', data: { slug: 'hata', description: 'Hätä' } });
    await docs(TRIGGER).update({ documentId: trigger.documentId, locale: 'sv', data: { description: 'Nöd' } });
    expect(await slugOf(TRIGGER, trigger.documentId, 'sv')).toBe('hata');
  });

  it('refuses changing the slug in the Swedish version with a 400 naming slug', async () => {
    const fi = await docs(TOPIC).create({ locale: 'fi', data: { slug: 'liikunta', name: 'Liikunta' } });
    await docs(TOPIC).update({ documentId: fi.documentId, locale: 'sv', data: { name: 'Idrott' } });
    const change = docs(TOPIC).update({ documentId: fi.documentId, locale: 'sv', data: { slug: 'idrott' } });
    await expect(change).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['slug'] }] },
    });
    expect(await slugOf(TOPIC, fi.documentId, 'sv')).toBe('liikunta');
  });

  it('renames every locale when the Finnish slug changes: drafts at once, published versions on publish', async () => {
    const fi = await docs(ANSWER).create({ locale: 'fi', data: { slug: 'vanha', title: 'Vanha', body: 'x' } });
    const { documentId } = fi;
    await docs(ANSWER).update({ documentId, locale: 'sv', data: { title: 'Gammal', body: 'y' } });
    await docs(ANSWER).publish({ documentId, locale: '*' });
    await docs(ANSWER).update({ documentId, locale: 'fi', data: { slug: 'uusi' } });
    expect(await slugOf(ANSWER, documentId, 'sv')).toBe('uusi');
    expect(await slugOf(ANSWER, documentId, 'sv', 'published')).toBe('vanha');
    await docs(ANSWER).publish({ documentId, locale: 'fi' });
    expect(await slugOf(ANSWER, documentId, 'fi', 'published')).toBe('uusi');
    expect(await slugOf(ANSWER, documentId, 'sv', 'published')).toBe('uusi');
  });
});
