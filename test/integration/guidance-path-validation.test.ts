import request from 'supertest';
import type { Modules } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken, createBotToken } from '../helpers/api';

let t: TestStrapi;
let writeToken: string;
let botToken: string;
let editor: Awaited<ReturnType<typeof adminSession>>;
const UID = 'api::guidance-path.guidance-path';
const CM = `/content-manager/collection-types/${UID}`;

beforeAll(async () => {
  t = await startTestStrapi();
  writeToken = await createApiToken(t.strapi, 'full-access');
  botToken = await createBotToken(t.strapi);
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
});
afterAll(async () => t?.stop());

type Step = { key: string; prompt: string; options: Array<Record<string, unknown>> };
const option = (label: string, target: string, extra: Record<string, unknown> = {}) => ({ label, target, ...extra });
const path = (slug: string, steps: unknown[]) => ({
  slug,
  name: `Polku ${slug}`,
  description: 'Testipolku',
  audience: 'resident',
  steps,
});
const docs = () => t.strapi.documents(UID);
const stepsPopulate = { steps: { populate: ['options'] } } satisfies Modules.Documents.Params.Populate.Any<typeof UID>;

const valid: Step[] = [
  {
    key: 'start',
    prompt: 'Tarvitsetko apua nyt?',
    options: [option('Kyllä', 'step', { step: 'kiire' }), option('Ei', 'end')],
  },
  {
    key: 'kiire',
    prompt: 'Onko hätä?',
    options: [option('Soita', 'handoff', { handoff: 'phone' }), option('Takaisin', 'step', { step: 'start' })],
  },
];
const broken: Record<string, { steps: Step[]; step: string; message: RegExp }> = {
  'missing step': {
    steps: [{ key: 'start', prompt: 'Q?', options: [option('A', 'step', { step: 'ei-ole' }), option('B', 'end')] }],
    step: 'start',
    message: /Step "start", option 1 \("A"\) points to missing step "ei-ole"/,
  },
  'unreachable step': {
    steps: [valid[0], valid[1], { key: 'orpo', prompt: 'Q?', options: [option('Loppu', 'end')] }],
    step: 'orpo',
    message: /Step "orpo" is not reached by any option/,
  },
  'loop with no way out': {
    steps: [
      { key: 'start', prompt: 'Q?', options: [option('A', 'step', { step: 'kehä' }), option('B', 'end')] },
      { key: 'kehä', prompt: 'Q?', options: [option('Uudestaan', 'step', { step: 'kehä' })] },
    ],
    step: 'kehä',
    message: /Step "kehä" is in a loop with no way out/,
  },
};

/** The step keys and option labels/targets of a stored version, the shape the tests compare. */
function shape(doc: unknown) {
  const steps = (doc as { steps: Step[] }).steps;
  return steps.map((s) => ({
    key: s.key,
    prompt: s.prompt,
    options: s.options.map((o) => [o.label, o.target, o.step ?? null]),
  }));
}
const slugOf = (rule: string) => rule.replace(/ /g, '-');

describe('guidance-path drafts are stored, publishing checks the graph', () => {
  it('accepts a valid path through REST and through the admin panel', async () => {
    const rest = await api(t.url, writeToken).post('/guidance-paths?locale=fi', { data: path('kelpo-rest', valid) });
    expect(rest.status).toBe(201);
    const admin = await editor.post(`${CM}?locale=fi`, path('kelpo-admin', valid));
    expect(admin.status).toBe(201);
  });

  for (const [rule, c] of Object.entries(broken)) {
    it(`stores a draft with a ${rule} through the Document Service; publishing it throws naming the step`, async () => {
      const draft = await docs().create({ data: path(`ds-${slugOf(rule)}`, c.steps) as never, locale: 'fi' });
      const stored = await docs().findOne({
        documentId: draft.documentId,
        locale: 'fi',
        status: 'draft',
        populate: stepsPopulate,
      });
      expect(shape(stored)).toEqual(shape({ steps: c.steps }));
      const publishing = docs().publish({ documentId: draft.documentId, locale: 'fi' });
      await expect(publishing).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringMatching(c.message),
      });
      const published = await docs().findOne({ documentId: draft.documentId, locale: 'fi', status: 'published' });
      expect(published).toBeNull();
    });

    it(`stores a draft with a ${rule} over REST; publishing it is a 400 naming the step`, async () => {
      const client = api(t.url, writeToken);
      const created = await client.post('/guidance-paths?locale=fi&status=draft', {
        data: path(`rest-${slugOf(rule)}`, c.steps),
      });
      expect(created.status).toBe(201);
      const { documentId } = created.body.data;
      const read = await client.get(
        `/guidance-paths/${documentId}?locale=fi&status=draft&populate[steps][populate]=options`,
      );
      expect(shape(read.body.data)).toEqual(shape({ steps: c.steps }));
      const res = await client.put(`/guidance-paths/${documentId}?locale=fi&status=published`, {
        data: { name: 'Julkaise' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toMatch(c.message);
      expect(res.body.error.details.errors.map((e: { value: string }) => e.value)).toContain(c.step);
    });

    it(`refuses creating a published path with a ${rule} over REST (the default status)`, async () => {
      const res = await api(t.url, writeToken).post('/guidance-paths?locale=fi', {
        data: path(`pub-${slugOf(rule)}`, c.steps),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: { value: string }) => e.value)).toContain(c.step);
    });

    it(`saves a draft with a ${rule} in the admin panel; its publish is a 400 naming the step`, async () => {
      const saved = await editor.post(`${CM}?locale=fi`, path(`cm-${slugOf(rule)}`, c.steps));
      expect(saved.status).toBe(201);
      const res = await editor.post(`${CM}/${saved.body.data.documentId}/actions/publish?locale=fi`, {});
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(c.message);
    });
  }

  it('keeps a broken edit of a published path as its draft; fixing and publishing serves the fix to bots', async () => {
    const client = api(t.url, writeToken);
    const bot = api(t.url, botToken);
    const created = await client.post('/guidance-paths?locale=fi', { data: path('paivitettava', valid) });
    const { documentId } = created.body.data;
    const edit = await client.put(`/guidance-paths/${documentId}?locale=fi&status=draft`, {
      data: { steps: broken['missing step'].steps },
    });
    expect(edit.status).toBe(200);
    const draft = await docs().findOne({ documentId, locale: 'fi', status: 'draft', populate: stepsPopulate });
    expect(shape(draft)).toEqual(shape({ steps: broken['missing step'].steps }));
    expect((await bot.get('/bot/paths/paivitettava?locale=fi')).body.steps.map((s: Step) => s.key)).toEqual([
      'start',
      'kiire',
    ]);

    const fixed = [...valid, { key: 'uusi', prompt: 'Uusi vaihe?', options: [option('Loppu', 'end')] }];
    fixed[0] = { ...valid[0], options: [...valid[0].options, option('Uusi', 'step', { step: 'uusi' })] };
    const publish = await client.put(`/guidance-paths/${documentId}?locale=fi&status=published`, {
      data: { steps: fixed },
    });
    expect(publish.status).toBe(200);
    const served = await bot.get('/bot/paths/paivitettava?locale=fi');
    expect(served.status).toBe(200);
    expect(served.body.steps.map((s: Step) => s.key)).toEqual(['start', 'kiire', 'uusi']);
  });

  it('publishes a fixed draft through the Document Service publish action', async () => {
    const draft = await docs().create({
      data: path('korjattava', broken['unreachable step'].steps) as never,
      locale: 'fi',
    });
    await docs().update({ documentId: draft.documentId, locale: 'fi', data: { steps: valid } as never });
    await docs().publish({ documentId: draft.documentId, locale: 'fi' });
    const served = await api(t.url, botToken).get('/bot/paths/korjattava?locale=fi');
    expect(served.status).toBe(200);
    expect(served.body.firstStep).toBe('start');
  });
});

describe('GET /guidance-api/paths/:documentId/problems', () => {
  const problemsOf = async (documentId: string, locale: string) => {
    const res = await editor.get(`/guidance-api/paths/${documentId}/problems?locale=${locale}`);
    expect(res.status).toBe(200);
    return res.body.data.problems as Array<{ step: string; option?: number; path: string; message: string }>;
  };

  it('lists every problem of a draft with its step and option, and the labels Swedish leaves out', async () => {
    const fi: Step[] = [
      {
        key: 'start',
        prompt: 'Mitä?',
        options: [option('A', 'step', { step: 'ei-ole' }), option('B', 'step', { step: 'kehä' }), option('C', 'end')],
      },
      { key: 'kehä', prompt: 'Kierros?', options: [option('Uudestaan', 'step', { step: 'kehä' })] },
      { key: 'orpo', prompt: 'Orpo?', options: [option('Loppu', 'end')] },
    ];
    const created = await docs().create({ data: path('ongelmat', fi) as never, locale: 'fi' });
    const { documentId } = created;
    const svOptions = [
      option('A', 'step', { step: 'ei-ole' }),
      option('', 'step', { step: 'kehä' }),
      option('C', 'end'),
    ];
    const sv = [{ ...fi[0], prompt: 'Vad?', options: svOptions }];
    await docs().update({ documentId, locale: 'sv', data: { name: 'Problem', steps: sv } as never });

    const problems = await problemsOf(documentId, 'fi');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          step: 'start',
          option: 0,
          message: 'Step "start", option 1 ("A") points to missing step "ei-ole"',
        }),
        expect.objectContaining({ step: 'orpo', message: 'Step "orpo" is not reached by any option' }),
        expect.objectContaining({ step: 'kehä', message: 'Step "kehä" is in a loop with no way out' }),
        expect.objectContaining({
          step: 'start',
          option: 1,
          path: 'steps.0.options.1.label',
          message: expect.stringMatching(/Swedish/),
        }),
        expect.objectContaining({
          step: 'kehä',
          path: 'steps.1.prompt',
          message: expect.stringMatching(/no Swedish/),
        }),
        expect.objectContaining({
          step: 'orpo',
          path: 'steps.2.prompt',
          message: expect.stringMatching(/no Swedish/),
        }),
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it('lists nothing for a complete path in both languages, and a missing Swedish version', async () => {
    const created = await docs().create({ data: path('valmis', valid) as never, locale: 'fi' });
    expect(await problemsOf(created.documentId, 'fi')).toEqual([
      expect.objectContaining({ path: 'locale', message: 'The path has no Swedish (sv) version' }),
    ]);
    await docs().update({
      documentId: created.documentId,
      locale: 'sv',
      data: { name: 'Klar', steps: valid } as never,
    });
    expect(await problemsOf(created.documentId, 'sv')).toEqual([]);
  });

  it('answers 400 naming the locale, 404 for an unknown path and 401 without a login', async () => {
    const created = await docs().create({ data: path('kieli', valid) as never, locale: 'fi' });
    const bad = await editor.get(`/guidance-api/paths/${created.documentId}/problems?locale=en`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['locale']);
    expect((await editor.get('/guidance-api/paths/ei-ole-olemassa/problems?locale=fi')).status).toBe(404);
    expect((await request(t.url).get('/guidance-api/paths/x/problems')).status).toBe(401);
  });
});
