import { startTestStrapi, type TestStrapi } from '../helpers/test-strapi';
import { api, createApiToken } from '../helpers/api';
import { drainSearch, indexedSlugs } from '../helpers/search';

/**
 * A job that always fails (here: a row with a target the worker does not
 * know, as a bad release or a manual insert could leave) is parked after
 * SEARCH_SYNC_MAX_ATTEMPTS and the changes queued after it reach the index.
 */
let t: TestStrapi;
let admin: ReturnType<typeof api>;
const JOBS = 'api::search-job.search-job';
const ANSWERS = 'api::answer.answer';

interface ParkedJob {
  id: number;
  target: string;
  documentId: string | null;
  locale: string | null;
  attempts: number;
  lastError: string;
}
interface SearchService {
  worker: { start(): void; stop(): Promise<void> };
  queue: { park(id: number, attempts: number, error: string): Promise<void> };
  reindex(): Promise<unknown>;
}

beforeAll(async () => {
  t = await startTestStrapi({ env: { SEARCH_SYNC_MAX_ATTEMPTS: '2' } });
  admin = api(t.url, await createApiToken(t.strapi, 'full-access'));
});
afterAll(async () => t?.stop());

const search = () => t.strapi.get('botkb-search') as SearchService;
const docs = () => t.strapi.documents(ANSWERS as never) as any;
const publish = (slug: string, title: string) =>
  docs().create({ data: { slug, title, body: `${title}.`, audience: 'resident' }, locale: 'fi', status: 'published' });
const insertJob = async (target: string, entryId: string | null) => {
  const data = { target, entryId, entryLocale: 'fi', attempts: 0 };
  return (await t.strapi.db.query(JOBS as never).create({ data })) as { id: number };
};
const health = async () => (await admin.get('/search/health')).body.data as { queued: number; parked: ParkedJob[] };

describe('a sync job that always fails', () => {
  it('is parked after the configured attempts while the changes around it in its batch reach the index', async () => {
    await drainSearch(t.strapi);
    await search().worker.stop();
    await publish('poison-before', 'Ennen rikkinäistä työtä');
    const poison = await insertJob('bogus', 'x1');
    await publish('poison-after-1', 'Rikkinäisen työn jälkeen yksi');
    await publish('poison-after-2', 'Rikkinäisen työn jälkeen kaksi');
    search().worker.start(); // all four jobs in one batch

    await drainSearch(t.strapi, 30_000);
    const healthy = ['poison-before', 'poison-after-1', 'poison-after-2'];
    expect(await indexedSlugs(t.strapi, 'fi')).toEqual(expect.arrayContaining(healthy));
    const report = await health();
    expect(report.queued).toBe(0);
    expect(report.parked).toEqual([
      {
        id: poison.id,
        target: 'bogus',
        documentId: 'x1',
        locale: 'fi',
        attempts: 2,
        lastError: expect.stringContaining('unknown target "bogus"'),
      },
    ]);
  });

  it('lets later changes flow while it stays parked', async () => {
    await publish('poison-later', 'Myöhempi muutos');
    await drainSearch(t.strapi);
    expect(await indexedSlugs(t.strapi, 'fi')).toContain('poison-later');
    expect((await health()).parked.map((j) => j.target)).toEqual(['bogus']);
  });

  it('is retried when the same document changes again', async () => {
    const entry = await publish('poison-retry', 'Uudelleen yritettävä');
    await drainSearch(t.strapi);
    const job = await insertJob('answer', entry.documentId);
    await search().queue.park(job.id, 2, 'simulated failure');
    expect((await health()).parked.map((j) => j.id)).toContain(job.id);

    const data = { title: 'Uudelleen yritetty' };
    await docs().update({ documentId: entry.documentId, locale: 'fi', data, status: 'published' });
    await drainSearch(t.strapi);
    expect((await health()).parked.map((j) => j.id)).not.toContain(job.id);
    expect(await t.strapi.db.query(JOBS as never).findOne({ where: { id: job.id } })).toBeNull(); // applied and removed
  });

  it('is retried by npm run reindex, and parked again if it still fails', async () => {
    const entry = await publish('poison-reindex', 'Uudelleenindeksoinnissa yritettävä');
    await drainSearch(t.strapi);
    const job = await insertJob('answer', entry.documentId);
    await search().queue.park(job.id, 2, 'simulated failure');

    await search().reindex();
    await drainSearch(t.strapi);
    expect(await t.strapi.db.query(JOBS as never).findOne({ where: { id: job.id } })).toBeNull(); // applied and removed
    const parked = (await health()).parked;
    const stillFailing = { target: 'bogus', attempts: 2, lastError: expect.stringContaining('bogus') };
    expect(parked).toEqual([expect.objectContaining(stillFailing)]);
  });
});

describe('GET /api/search/health', () => {
  it('is not public and not open to read-only tokens', async () => {
    expect((await api(t.url).get('/search/health')).status).toBe(403);
    expect((await api(t.url, await createApiToken(t.strapi, 'read-only')).get('/search/health')).status).toBe(403);
  });
});
