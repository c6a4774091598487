import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createApiToken } from '../helpers/api';

let t: TestStrapi;
let writeToken: string;
let editor: Awaited<ReturnType<typeof adminSession>>;
const CM = '/content-manager/collection-types/api::guidance-path.guidance-path';

beforeAll(async () => {
  t = await startTestStrapi();
  writeToken = await createApiToken(t.strapi, 'full-access');
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
});
afterAll(async () => t?.stop());

const option = (label: string, target: string, extra: Record<string, unknown> = {}) => ({ label, target, ...extra });
const path = (slug: string, steps: unknown[]) => ({ slug, name: `Polku ${slug}`, description: 'Testipolku', audience: 'resident', steps });

const valid = [
  { key: 'start', prompt: 'Tarvitsetko apua nyt?', options: [option('Kyllä', 'step', { step: 'kiire' }), option('Ei', 'end')] },
  { key: 'kiire', prompt: 'Onko hätä?', options: [option('Soita', 'handoff', { handoff: 'phone' }), option('Takaisin', 'step', { step: 'start' })] },
];
const broken: Record<string, { steps: unknown[]; step: string; message: RegExp }> = {
  'missing step': {
    steps: [{ key: 'start', prompt: 'Q?', options: [option('A', 'step', { step: 'ei-ole' }), option('B', 'end')] }],
    step: 'start', message: /Step "start", option 1 \("A"\) points to missing step "ei-ole"/,
  },
  'unreachable step': {
    steps: [valid[0], valid[1], { key: 'orpo', prompt: 'Q?', options: [option('Loppu', 'end')] }],
    step: 'orpo', message: /Step "orpo" is not reached by any option/,
  },
  'loop with no way out': {
    steps: [
      { key: 'start', prompt: 'Q?', options: [option('A', 'step', { step: 'kehä' }), option('B', 'end')] },
      { key: 'kehä', prompt: 'Q?', options: [option('Uudestaan', 'step', { step: 'kehä' })] },
    ],
    step: 'kehä', message: /Step "kehä" is in a loop with no way out/,
  },
};

describe('guidance-path validation', () => {
  it('accepts a valid path through REST and through the admin panel', async () => {
    const rest = await api(t.url, writeToken).post('/guidance-paths?locale=fi', { data: path('kelpo-rest', valid) });
    expect(rest.status).toBe(201);
    const admin = await editor.post(`${CM}?locale=fi`, path('kelpo-admin', valid));
    expect(admin.status).toBe(201);
  });

  for (const [rule, c] of Object.entries(broken)) {
    it(`refuses a ${rule} through REST with a 400 naming the step`, async () => {
      const res = await api(t.url, writeToken).post('/guidance-paths?locale=fi', { data: path(`rest-${rule.replace(/ /g, '-')}`, c.steps) });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toMatch(c.message);
      expect(res.body.error.details.errors.map((e: { value: string }) => e.value)).toContain(c.step);
    });

    it(`refuses a ${rule} in the admin panel (content manager) with a 400 naming the step`, async () => {
      const res = await editor.post(`${CM}?locale=fi`, path(`cm-${rule.replace(/ /g, '-')}`, c.steps));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(c.message);
    });
  }

  it('refuses breaking an existing path on update, and keeps the stored version', async () => {
    const created = await api(t.url, writeToken).post('/guidance-paths?locale=fi', { data: path('paivitettava', valid) });
    const { documentId } = created.body.data;
    const res = await api(t.url, writeToken).put(`/guidance-paths/${documentId}?locale=fi`, { data: { steps: broken['missing step'].steps } });
    expect(res.status).toBe(400);
    const stored = await t.strapi.documents('api::guidance-path.guidance-path').findOne({ documentId, locale: 'fi', populate: { steps: { populate: ['options'] } } });
    expect((stored as unknown as { steps: Array<{ key: string }> }).steps.map((s) => s.key)).toEqual(['start', 'kiire']);
  });
});
