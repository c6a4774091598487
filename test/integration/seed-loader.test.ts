import { loadDemoContent, readDemoContent, totalFailed, type LoadReport } from '@botkb/seeds';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { api, createApiToken } from '../helpers/api';

let t: TestStrapi;
let first: LoadReport;
const content = readDemoContent();

beforeAll(async () => {
  t = await startTestStrapi();
  first = await loadDemoContent(t.strapi, content);
}, 180_000);
afterAll(async () => t?.stop());

const sum = (r: LoadReport, k: 'created' | 'updated' | 'unchanged' | 'failed') =>
  Object.values(r.counts).reduce((n, c) => n + c[k], 0);

describe('demo content loader', () => {
  it('loads the whole demo knowledge base without failures', () => {
    expect(first.failures).toEqual([]);
    expect(totalFailed(first)).toBe(0);
    expect(first.counts.answers.created).toBe(content.answers.length);
    expect(first.counts.paths.created).toBe(content.paths.length);
    expect(content.answers.length).toBeGreaterThanOrEqual(80);
    expect(content.paths.length).toBeGreaterThanOrEqual(30);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const second = await loadDemoContent(t.strapi, content);
    expect(sum(second, 'created') + sum(second, 'updated') + sum(second, 'failed')).toBe(0);
    expect(sum(second, 'unchanged')).toBe(sum(first, 'created'));
  }, 120_000);

  it('updates a record whose content changed, and only that one', async () => {
    const changed = structuredClone(content);
    changed.answers[0].fi.title = `${changed.answers[0].fi.title} (päivitetty)`;
    const third = await loadDemoContent(t.strapi, changed);
    expect(third.counts.answers).toEqual({ created: 0, updated: 1, unchanged: content.answers.length - 1, failed: 0 });
  }, 120_000);

  it('serves every brief topic in fi and sv over REST with its partner links', async () => {
    const reader = api(t.url, await createApiToken(t.strapi, 'read-only'));
    const mustHave = [
      'tarvitsen-apua-nyt',
      'ajanvaraus-terveysasema',
      'mielenterveys-apu',
      'yrityksen-perustaminen',
      'kirjastokortti',
    ];
    for (const slug of mustHave) {
      const kind = content.paths.some((p) => p.slug === slug) ? 'guidance-paths' : 'answers';
      for (const locale of ['fi', 'sv']) {
        const res = await reader.get(`/${kind}?locale=${locale}&filters[slug][$eq]=${slug}&populate=*`);
        expect(res.status).toBe(200);
        expect(res.body.data).toHaveLength(1);
        expect(res.body.data[0].locale).toBe(locale);
      }
    }
    const path = await reader.get(
      '/guidance-paths?locale=sv&filters[slug][$eq]=tarvitsen-apua-nyt&populate[steps][populate][options][populate]=*',
    );
    const targets = path.body.data[0].steps
      .flatMap((s: { options: Array<{ partner: { slug: string } | null }> }) => s.options.map((o) => o.partner?.slug))
      .filter(Boolean);
    expect(targets).toContain('hatanumero-112');
  });

  it('reports a record with a broken reference as failed and still loads the rest', async () => {
    const bad = structuredClone(content);
    bad.answers[1].topic = 'no-such-topic';
    const report = await loadDemoContent(t.strapi, bad);
    expect(report.counts.answers.failed).toBe(1);
    expect(report.failures[0]).toMatchObject({
      kind: 'answers',
      slug: bad.answers[1].slug,
      message: expect.stringContaining('no-such-topic'),
    });
  }, 120_000);
});
