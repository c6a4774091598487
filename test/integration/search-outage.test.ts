import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '@botkb/search';
import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { indexedSlugs, searchService } from '../helpers/search';

// This suite owns its Meilisearch so it can stop and restart it.
let meili: EmbeddedMeilisearch;
let t: TestStrapi;
const dataDir = mkdtempSync(join(tmpdir(), 'botkb-outage-'));
const masterKey = randomBytes(24).toString('base64url');
let port: number;

beforeAll(async () => {
  port = await freePort();
  meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
  process.env.MEILI_HOST = meili.host;
  process.env.MEILI_MASTER_KEY = masterKey;
  // One failed attempt would park a job: an outage must not count as one.
  t = await startTestStrapi({ env: { SEARCH_SYNC_MAX_ATTEMPTS: '1' } });
});
afterAll(async () => {
  await t?.stop();
  await meili?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function publishedSlugs(locale: string): Promise<string[]> {
  const rows = (await t.strapi.db
    .query('api::answer.answer' as never)
    .findMany({ where: { locale, publishedAt: { $notNull: true } }, select: ['slug'] })) as Array<{ slug: string }>;
  return rows.map((r) => r.slug).sort();
}

describe('Meilisearch outage', () => {
  it('keeps accepting writes while Meilisearch is down and catches up by itself after a restart', async () => {
    const docs = t.strapi.documents('api::answer.answer' as never) as any;
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const d = await docs.create({
        data: { slug: `outage-${i}`, title: `Ennen katkoa ${i}`, body: 'x', audience: 'resident' },
        locale: 'fi',
        status: 'published',
      });
      ids.push(d.documentId);
    }
    const deadline = Date.now() + 20_000;
    while ((await searchService(t.strapi).queue.size()) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));

    await meili.stop();
    // 50 changes while search is down: creates, updates, unpublishes, deletes, Swedish versions.
    for (let i = 10; i < 30; i++)
      await docs.create({
        data: { slug: `outage-${i}`, title: `Katkon aikana ${i}`, body: 'y', audience: 'resident' },
        locale: 'fi',
        status: 'published',
      });
    for (let i = 0; i < 10; i++)
      await docs.update({
        documentId: ids[i],
        locale: 'sv',
        data: { title: `Under avbrottet ${i}`, body: 'z' },
        status: 'published',
      });
    for (let i = 0; i < 10; i++)
      await docs.update({ documentId: ids[i], locale: 'fi', data: { title: `Päivitetty ${i}` }, status: 'published' });
    for (let i = 0; i < 5; i++) await docs.unpublish({ documentId: ids[i], locale: 'fi' });
    for (let i = 5; i < 10; i++) await docs.delete({ documentId: ids[i], locale: '*' });
    expect(await searchService(t.strapi).queue.size()).toBeGreaterThan(0);

    meili = await startEmbeddedMeilisearch({ dataDir, masterKey, port });
    const until = Date.now() + 30_000;
    let fi: string[] = [];
    let sv: string[] = [];
    while (Date.now() < until) {
      if ((await searchService(t.strapi).queue.size()) === 0) {
        [fi, sv] = [await indexedSlugs(t.strapi, 'fi'), await indexedSlugs(t.strapi, 'sv')];
        if (JSON.stringify(fi) === JSON.stringify(await publishedSlugs('fi'))) break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(fi).toEqual(await publishedSlugs('fi'));
    expect(sv).toEqual(await publishedSlugs('sv'));
    expect(fi).toHaveLength(20); // 0–4 unpublished in fi, 5–9 deleted
    expect(sv).toEqual(['outage-0', 'outage-1', 'outage-2', 'outage-3', 'outage-4']);
    expect(await searchService(t.strapi).health()).toEqual({ queued: 0, parked: [] });
  }, 120_000);
});
