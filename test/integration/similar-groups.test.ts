import { botService, analyticsService } from '../../cms/src/services';
import { groupLabelledQuestions } from '../../cms/src/analytics/group-labelled-questions';
import type { SuggestionQuality } from '../../cms/src/analytics/measure-suggestions';
import { botCandidates } from '../../cms/src/analytics/bot-candidates';
import { TABLES } from '../../cms/src/analytics/analytics-tables';
import { startDemoStrapi, type DemoStrapi } from '../helpers/demo-strapi';
import { adminSession } from '../helpers/api';
import { DEMO_USAGE_END } from '../helpers/demo-template';
import {
  demoAsked,
  demoKey as key,
  expectSuggestionBounds,
  measureDemoSuggestions,
  SUGGESTION_BOUNDS_TITLE,
  type DemoLocale,
  type SuggestionBounds,
} from '../helpers/suggestion-quality';

const asked = demoAsked();
/**
 * A question of the demo history whose intent the grouping splits ("hyvinvointialueen asukasilta", "milloin on
 * seuraava asukasilta"), also after residents' rewordings merged groups (rephrase-links.ts merges the parking
 * question's groups, the earlier target here).
 */
const TARGET = 'hyvinvointialueen asukasilta';

// Finding a demo pair takes many reads: the per-user analytics rate limit would answer 429.
const RATE_LIMITS = { ANALYTICS_RATE_LIMIT_PER_SEC: '1000', ANALYTICS_RATE_LIMIT_BURST: '1000' };
let t: DemoStrapi;
let manager: Awaited<ReturnType<typeof adminSession>>;
let editor: Awaited<ReturnType<typeof adminSession>>;
beforeAll(async () => {
  t = await startDemoStrapi({ usageHistory: true, env: RATE_LIMITS });
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
}, 300_000);
afterAll(() => t?.stop());

describe("merge suggestions on the demo history's unanswered groups against the generator's intents", () => {
  const quality: Record<string, SuggestionQuality[]> = {};
  beforeAll(async () => {
    const asker = botService(t.strapi).asker()!;
    const candidatesOf = (locale: string, label: string) => botCandidates(asker, locale as DemoLocale)(label);
    quality.words = await measureDemoSuggestions(asked);
    quality.bot = await measureDemoSuggestions(asked, candidatesOf);
  }, 120_000);

  // Measured (words + the bot's candidates, paths with phrasings): fi recall@3 0.629, precision@3 0.611, every first
  // suggestion accepted 49 groups for 44 intents (1.11) at purity 0.714; sv 0.414, 0.615, 24 for 19 (1.26), 0.79.
  // Words alone: fi 0.586, 0.743, 56 (1.27), 0.821; sv 0.414, 0.667, 25 (1.32), 0.80. Then the grouping itself joins
  // the variants one word apart (issue 15: fi 86 → 79 groups, sv 36 → 34), so the siblings left are the harder
  // ones: with the bot fi 0.508, 0.500, 50 (1.14), 0.740; sv 0.346, 0.600, 25 (1.32), 0.840; words alone fi 0.459,
  // 0.667, 59 (1.34), 0.847; sv 0.346, 0.667, 26 (1.37), 0.846 (`npm run eval`). Then the grouping joins Swedish
  // questions apart only by "nytt", "tar", "gått" or a linked compound (sv 34 → 28 groups at purity 1): with the bot
  // fi 60 siblings, 0.517, 0.500, 49 (1.11), 0.735; sv 15 siblings that share no word or only 3 letters with theirs,
  // none found (5 suggestions, all wrong; 25 groups, 1.32, 0.92), so Swedish recall and precision are not bounded.
  const bounds: SuggestionBounds[] = [
    ['fi', 50, 0.5, 0.49, 1.15, 0.73],
    ['sv', 12, null, null, 1.33, 0.9],
  ];
  it.each(bounds)(SUGGESTION_BOUNDS_TITLE, (...b) => expectSuggestionBounds(quality.bot, b));

  it("finds more Finnish siblings with the bot's candidates than with words alone", () => {
    const recall = (signals: string) => quality[signals].find((r) => r.locale === 'fi')!.recallAt3;
    expect(recall('bot')).toBeGreaterThan(recall('words'));
  });
});

describe('GET /analytics-api/unanswered/:id/similar (demo history)', () => {
  type Row = { id: string; label: string; status: string; sharedWords: string[]; relatedWords: unknown[] };
  const similar = async (id: string) => manager.get(`/analytics-api/unanswered/${id}/similar`);
  const rows = async (id: string): Promise<Row[]> => (await similar(id)).body.data;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // The demo history (reports take at most a bounded range).
  const ever = `from=${day(DEMO_USAGE_END.getTime() - 730 * 86_400_000)}&to=${day(DEMO_USAGE_END.getTime())}`;
  const groupOf = async (text: string) =>
    (await manager.get(`/analytics-api/unanswered?${ever}&q=${encodeURIComponent(text)}`)).body.data[0];
  const intentOf = (text: string) => asked.find((q) => q.question === text)?.intent;

  it('lists an open group of the same question first, with the words that relate them as residents wrote them', async () => {
    const target = await groupOf(TARGET);
    const found = await rows(target.id);
    expect(found.length).toBeGreaterThan(0);
    expect(intentOf(found[0].label)).toBe(intentOf(TARGET));
    const words = new Set(target.examples.flatMap((e: string) => e.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []));
    for (const w of found.flatMap((g) => g.sharedWords)) expect(words).toContain(w);
    for (const g of found) expect(['new', 'in_progress']).toContain(g.status);
    const log = await analyticsService(t.strapi).knex(TABLES.accessLog).where({ action: 'view_similar_groups' });
    // Whose texts were shown is logged too: the group, then the suggested groups.
    const logged = `${target.id} → ${found.map((g) => g.id).join(',')}`;
    expect(log).toContainEqual(expect.objectContaining({ target: logged, user_email: expect.any(String) }));
  });

  it('never lists the group itself or an ignored group', async () => {
    const target = await groupOf(TARGET);
    const [first] = await rows(target.id);
    expect((await rows(first.id)).map((g) => g.id)).toContain(target.id);
    expect((await rows(target.id)).map((g) => g.id)).not.toContain(target.id);
    expect((await editor.put(`/analytics-api/unanswered/${first.id}`, { status: 'ignored' })).status).toBe(200);
    expect((await rows(target.id)).map((g) => g.id)).not.toContain(first.id);
    expect((await editor.put(`/analytics-api/unanswered/${first.id}`, { status: 'new' })).status).toBe(200);
    expect((await rows(target.id)).map((g) => g.id)).toContain(first.id);
  });

  it('answers 404 for an unknown group and 400 naming the id for a malformed one', async () => {
    expect((await similar('999999')).status).toBe(404);
    const bad = await similar('abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['id']);
    expect((await editor.get(`/analytics-api/unanswered/${(await groupOf(TARGET)).id}/similar`)).status).toBe(200);
  });

  it('answers in well under a second among 1,000+ open groups', async () => {
    const knex = analyticsService(t.strapi).knex;
    const fi = groupLabelledQuestions(asked, key).filter((g) => g.locale === 'fi');
    const now = Date.now();
    for (let copy = 0; copy < Math.ceil(1100 / fi.length); copy++) {
      for (const g of fi) {
        const label = `${[...g.texts.keys()][0]} ${copy}`;
        const row = { locale: 'fi', label, status: 'new', total_count: 1, first_seen: now, last_seen: now };
        const [{ id }] = await knex(TABLES.groups).insert({ ...row, updated_at: now }, ['id']);
        const keys = g.keys.map((k) => ({ locale: 'fi', key: `${k} kopio${copy}`, group_id: Number(id) }));
        await knex(TABLES.groupKeys).insert(keys);
        await knex(TABLES.groupExamples).insert({ group_id: id, text: label, asked_at: now, count: 1 });
      }
    }
    const open = await knex(TABLES.groups).where({ locale: 'fi', status: 'new' }).count({ n: '*' });
    expect(Number(open[0].n)).toBeGreaterThan(1000);
    const target = (await groupOf(TARGET)).id;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      expect((await similar(target)).status).toBe(200);
      times.push(performance.now() - started);
    }
    console.log(`similar among ${open[0].n} open groups: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    expect(Math.min(...times)).toBeLessThan(1000);
  }, 120_000);
});
