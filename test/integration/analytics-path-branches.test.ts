import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { PATH_UID } from '../../cms/src/content-uids';
import { branchingEvents, createBranchingPath } from '../fixtures/branching-path';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';

/**
 * Branching funnels (cms/src/analytics/reports/path-branches.ts) on a
 * hand-computed fixture: a path whose first step branches to two further
 * steps, so the people who went down one branch are not lost from the other.
 */
let t: TestStrapi;
let manager: Awaited<ReturnType<typeof adminSession>>;
let pathId = '';
const RANGE = 'from=2026-09-01&to=2026-09-30';

beforeAll(async () => {
  t = await startTestStrapi({ search: false });
  pathId = await createBranchingPath(t.strapi);
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  const bot = api(t.url, await createBotToken(t.strapi));
  expect((await bot.post('/bot/events', { events: branchingEvents() })).status).toBe(200);
});
afterAll(async () => t?.stop());

type Branch = {
  stepKey: string;
  optionLabel: string | null;
  target: string;
  targetKey: string | null;
  count: number;
  share: number;
};
const brief = (rows: Branch[]) => rows.map((r) => [r.stepKey, r.optionLabel, r.target, r.targetKey, r.count, r.share]);

describe('branching funnel of a guidance path', () => {
  it('counts per step and option where people went and where they left (hand-computed)', async () => {
    const res = await manager.get(`/analytics-api/path-branches?path=haara&${RANGE}`);
    expect(res.status).toBe(200);
    expect(brief(res.body.data)).toEqual([
      ['alku', 'Ajanvaraus', 'step', 'aika', 6, 0.6],
      ['alku', 'Neuvonta', 'step', 'neuvo', 2, 0.2],
      ['alku', 'Soita', 'handoff', 'phone', 1, 0.1],
      ['alku', null, 'left', null, 1, 0.1],
      ['aika', 'Kyllä', 'answer', 'kiireellinen-aika', 3, 0.5],
      ['aika', 'Ei', 'end', null, 2, 0.3333],
      ['aika', null, 'left', null, 1, 0.1667],
      ['neuvo', 'Itselle', 'end', null, 1, 0.5],
      ['neuvo', 'Vanha vaihtoehto', 'unknown', null, 1, 0.5],
      ['neuvo', null, 'left', null, 0, 0],
    ]);
    // 10 → 6 → 2 reached the steps, but only 2 of 10 left: the others took another branch or finished.
    expect(res.body.meta.steps).toEqual([
      { stepKey: 'alku', title: 'Mitä tarvitset?', reached: 10, left: 1 },
      { stepKey: 'aika', title: 'Onko kiire?', reached: 6, left: 1 },
      { stepKey: 'neuvo', title: 'Kenelle?', reached: 2, left: 0 },
    ]);
    expect(res.body.meta.path).toMatchObject({
      slug: 'haara',
      title: 'Haarautuva polku',
      starts: 10,
      completions: 8,
      abandonments: 2,
      adminUrl: `/admin/content-manager/collection-types/${PATH_UID}/${pathId}?plugins[i18n][locale]=fi`,
      designerUrl: `/admin/path-designer?path=${pathId}`,
    });
    const answer = res.body.data.find((r: Branch) => r.target === 'answer');
    expect(answer.targetTitle).toBe('Kiireellinen aika');
  });

  it('shows the current labels and prompts in Swedish, counting only Swedish conversations', async () => {
    const res = await manager.get(`/analytics-api/path-branches?path=haara&${RANGE}&locale=sv`);
    expect(brief(res.body.data).slice(0, 2)).toEqual([
      ['alku', 'Tidsbokning', 'step', 'aika', 1, 1],
      ['alku', 'Rådgivning', 'step', 'neuvo', 0, 0],
    ]);
    expect(res.body.meta.steps[1]).toEqual({ stepKey: 'aika', title: 'Är det brådskande?', reached: 1, left: 0 });
  });

  it('exports the table as CSV and names a missing or malformed path in a 400', async () => {
    const csv = await manager.get(`/analytics-api/path-branches?path=haara&${RANGE}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\n')[0]).toContain('stepKey');
    expect(csv.text.trim().split('\n')).toHaveLength(11);
    for (const query of ['', 'path=Ei%20slug']) {
      const bad = await manager.get(`/analytics-api/path-branches?${query}&${RANGE}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.errors[0].path).toEqual(['path']);
    }
  });

  it('answers as analytics-api.json says (BranchRow rows, PathBranchesMeta)', async () => {
    for (const locale of ['fi', 'sv']) {
      const res = await manager.get(`/analytics-api/path-branches?path=haara&${RANGE}&locale=${locale}`);
      expectAnalyticsResponse(res.body, '/analytics-api/path-branches', 'get');
    }
    const missing = await manager.get(`/analytics-api/path-branches?path=ei-ole&${RANGE}`);
    expectAnalyticsResponse(missing.body, '/analytics-api/path-branches', 'get');
  });
});
