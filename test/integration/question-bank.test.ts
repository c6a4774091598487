import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { adminSession, api, createBotToken } from '../helpers/api';
import { recordCounts } from '../helpers/record-counts';
import { drainDrafts, drainSearch } from '../helpers/search';
import { ANSWER_UID } from '../../cms/src/content-uids';
import { finishedBankRun, type BankRun } from '../helpers/question-bank';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';
import { QuestionBank, STALE_RUN_MS } from '../../cms/src/question-bank/question-bank';
import { within } from '../helpers/instance-calls';
import type { AskService } from '../../cms/src/bot/ask-service';
import type { KnowledgeContent } from '../../cms/src/search/knowledge-content';

/** The question bank: staff CRUD, runs against published content and drafts, runs after publishing, resolve → bank. */
let t: TestStrapi;
let editor: Awaited<ReturnType<typeof adminSession>>;
let manager: Awaited<ReturnType<typeof adminSession>>;

type Row = { documentId: string; phrasings: Array<{ text: string }> };
const answers = () =>
  t.strapi.documents(ANSWER_UID as never) as unknown as {
    findFirst(p: object): Promise<Row>;
    update(p: object): Promise<Row>;
    publish(p: object): Promise<unknown>;
  };
const PARROT = 'voiko lemmikkipapukaija tulla mukaan vastaanotolle';
const TOOTH = 'mistä saa ajan hammaslääkärille';
const WEATHER = 'millainen sää huomenna helsingissä';
const TORTOISE = 'saako lemmikkikilpikonnan tuoda lainaamoon';

const addQuestion = async (body: Record<string, unknown>) => {
  const res = await editor.post('/analytics-api/question-bank/questions', body);
  expect(res.status).toBe(201);
  expectAnalyticsResponse(res.body, '/analytics-api/question-bank/questions', 'post', 201);
  return res.body.data;
};
const runs = async (): Promise<BankRun[]> => {
  const { body } = await manager.get('/analytics-api/question-bank/runs?limit=50');
  expectAnalyticsResponse(body, '/analytics-api/question-bank/runs', 'get');
  return body.data;
};
const finishedRun = (match: (r: BankRun) => boolean) => finishedBankRun(manager, match);
const addPhrasing = async (slug: string, text: string, publish: boolean) => {
  const draft = await answers().findFirst({
    filters: { slug },
    locale: 'fi',
    status: 'draft',
    populate: ['phrasings'],
  });
  const phrasings = [...draft.phrasings.map((p) => ({ text: p.text })), { text }];
  await answers().update({ documentId: draft.documentId, locale: 'fi', data: { phrasings } });
  if (publish) await answers().publish({ documentId: draft.documentId, locale: 'fi' });
};

beforeAll(async () => {
  t = await startDemoStrapi({ env: { QUESTION_BANK_DEBOUNCE_MS: '200' } });
  editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  manager = await adminSession(t.strapi, t.url, 'botkb-manager');
}, 480_000);
afterAll(async () => t?.stop());

describe('question bank CRUD', () => {
  it.each([
    ['body', []],
    ['locale', { question: 'moi', locale: 'en', expected: [] }],
    ['question', { locale: 'fi', expected: [] }],
    ['question', { question: '  ', locale: 'fi', expected: [] }],
    ['question', { question: 'x'.repeat(501), locale: 'fi', expected: [] }],
    ['expected', { question: 'moi', locale: 'fi' }],
    ['expected', { question: 'moi', locale: 'fi', expected: 'a' }],
    ['expected.1', { question: 'moi', locale: 'fi', expected: ['a', 'Not A Slug'] }],
    ['colour', { question: 'moi', locale: 'fi', expected: [], colour: 'red' }],
  ])('answers bad input with a 400 naming %s (case %#)', async (path, body) => {
    const res = await editor.post('/analytics-api/question-bank/questions', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path.join('.')).toBe(path);
  });

  it('lets content experts add, edit and delete questions (redacted), managers only read', async () => {
    const body = { question: 'soita 040 1234567 hammaslääkäri', locale: 'fi', expected: ['hammashoito-ajanvaraus'] };
    expect((await manager.post('/analytics-api/question-bank/questions', body)).status).toBe(403);
    const created = await addQuestion(body);
    expect(created).toMatchObject({ locale: 'fi', expected: ['hammashoito-ajanvaraus'], source: 'manual' });
    expect(created.question).not.toContain('1234567');
    const dup = await editor.post('/analytics-api/question-bank/questions', body);
    expect([dup.status, dup.body.error.details.errors[0].path]).toEqual([400, ['question']]);
    const put = await editor.put(`/analytics-api/question-bank/questions/${created.id}`, {
      ...body,
      locale: 'sv',
      expected: [],
    });
    expect(put.body.data).toMatchObject({ id: created.id, locale: 'sv', expected: [] });
    const listed = await manager.get('/analytics-api/question-bank/questions?locale=sv');
    expect(listed.body.data.map((q: { id: number }) => q.id)).toEqual([created.id]);
    expect(
      (await manager.get('/analytics-api/question-bank/questions?outcome=maybe')).body.error.details.errors[0].path,
    ).toEqual(['outcome']);
    expect((await editor.delete(`/analytics-api/question-bank/questions/${created.id}`)).status).toBe(200);
    expect((await manager.get(`/analytics-api/question-bank/questions/${created.id}`)).status).toBe(404);
    expect((await manager.get('/analytics-api/question-bank/questions/abc')).body.error.details.errors[0].path).toEqual(
      ['id'],
    );
  });
});

describe('question bank runs', () => {
  it('runs every question like a try, per locale, recording nothing', async () => {
    await addQuestion({ question: TOOTH, locale: 'fi', expected: ['hammashoito-ajanvaraus'] });
    await addQuestion({ question: WEATHER, locale: 'fi', expected: [] });
    await addQuestion({ question: PARROT, locale: 'fi', expected: ['hammashoito-ajanvaraus'] });
    await addQuestion({
      question: 'var får jag tid till tandläkare',
      locale: 'sv',
      expected: ['hammashoito-ajanvaraus'],
    });
    const before = await recordCounts(t.strapi);
    expect((await manager.post('/analytics-api/question-bank/runs', { content: 'published' })).status).toBe(403);
    const bad = await editor.post('/analytics-api/question-bank/runs', { content: 'draft' });
    expect([bad.status, bad.body.error.details.errors[0].path]).toEqual([400, ['content']]);
    const queued = await editor.post('/analytics-api/question-bank/runs', {});
    expect(queued.status).toBe(202);
    expectAnalyticsResponse(queued.body, '/analytics-api/question-bank/runs', 'post', 202);
    expect(queued.body.data).toMatchObject({ content: 'published', trigger: 'manual', questions: 4 });
    const run = await finishedRun((r) => r.id === queued.body.data.id);
    expect(run.totals.fi).toEqual({
      questions: 3,
      passed: 2,
      passRate: 2 / 3,
      inScope: 2,
      hit1: 0.5,
      hit3: expect.any(Number),
      outOfScope: 1,
      falseAnswers: 0,
    });
    expect(run.totals.sv).toMatchObject({ questions: 1, passed: 1, hit1: 1 });
    const detailBody = (await manager.get(`/analytics-api/question-bank/runs/${run.id}`)).body;
    expectAnalyticsResponse(detailBody, '/analytics-api/question-bank/runs/{id}', 'get');
    const detail = detailBody.data;
    const parrot = detail.results.find((r: { question: string }) => r.question === PARROT);
    expect(parrot).toMatchObject({ passed: false, expected: ['hammashoito-ajanvaraus'] });
    expect(await recordCounts(t.strapi)).toEqual(before);
    const failingBody = (await manager.get('/analytics-api/question-bank/questions?outcome=failed')).body;
    expectAnalyticsResponse(failingBody, '/analytics-api/question-bank/questions', 'get');
    const failing = failingBody.data;
    expect(failing.map((q: { question: string }) => q.question)).toEqual([PARROT]);
  });

  it('runs by itself after publishing and shows which questions changed, with the entry before and now', async () => {
    const known = new Set((await runs()).map((r) => r.id));
    await addPhrasing('hammashoito-ajanvaraus', PARROT, true);
    const run = await finishedRun((r) => !known.has(r.id) && r.trigger === 'publish');
    expect(run).toMatchObject({ content: 'published' });
    expect(run.totals.fi).toMatchObject({ passed: 3, hit1: 1 });
    const summaryBody = (await manager.get('/analytics-api/question-bank/summary')).body;
    expectAnalyticsResponse(summaryBody, '/analytics-api/question-bank/summary', 'get');
    const { published } = summaryBody.data;
    expect(published.latest.id).toBe(run.id);
    expect(published.changes).toEqual([
      expect.objectContaining({
        question: PARROT,
        change: 'now_passing',
        now: {
          kind: 'answer',
          slug: 'hammashoito-ajanvaraus',
          adminUrl: expect.stringContaining('api::answer.answer'),
        },
      }),
    ]);
  });

  it('runs against drafts on demand and compares them with the published content', async () => {
    await addQuestion({ question: TORTOISE, locale: 'fi', expected: ['kirjastokortti'] });
    await drainSearch(t.strapi);
    await addPhrasing('kirjastokortti', TORTOISE, false);
    await drainDrafts(t.strapi);
    const published = await editor.post('/analytics-api/question-bank/runs', { content: 'published' });
    const drafts = await editor.post('/analytics-api/question-bank/runs', { content: 'drafts' });
    await finishedRun((r) => r.id === drafts.body.data.id);
    const summary = (await manager.get('/analytics-api/question-bank/summary')).body.data;
    expect(summary.published.latest.id).toBe(published.body.data.id);
    expect(summary.drafts.previous.id).toBe(published.body.data.id);
    expect(summary.drafts.changes).toEqual([
      expect.objectContaining({
        question: TORTOISE,
        change: 'now_passing',
        now: expect.objectContaining({ slug: 'kirjastokortti' }),
      }),
    ]);
  });

  it("adds a resolved unanswered-question group's examples to the bank, expecting the linked entry", async () => {
    const bot = api(t.url, await createBotToken(t.strapi));
    const texts = ['kalastuslupa mistä ostetaan, soita 040 7654321', 'Mistä ostetaan kalastuslupa?'];
    for (const question of texts)
      expect((await bot.post('/bot/ask', { question, locale: 'fi' })).body.answered).toBe(false);
    const list = await manager.get(
      `/analytics-api/unanswered?from=${helsinkiDay(Date.now())}&to=${helsinkiDay(Date.now())}`,
    );
    const group = list.body.data.find((g: { label: string }) => /kalastuslupa/i.test(g.label));
    const res = await editor.put(`/analytics-api/unanswered/${group.id}`, {
      status: 'resolved',
      target: { kind: 'answer', slug: 'kirjastokortti' },
    });
    expect(res.status).toBe(200);
    const bank = (await manager.get('/analytics-api/question-bank/questions?q=kalastuslupa')).body.data;
    expect(bank).toHaveLength(2);
    for (const q of bank) expect(q).toMatchObject({ source: 'unanswered', expected: ['kirjastokortti'], locale: 'fi' });
    expect(bank.map((q: { question: string }) => q.question).join(' ')).not.toContain('7654321');
  });

  it('runs at start-up when no run of the published content has finished, e.g. the seed was stopped mid-run', async () => {
    await finishedRun((r) => r.content === 'published');
    const knex = t.strapi.db.connection;
    await knex('botkb_bank_runs').where({ content: 'published' }).update({ status: 'failed', error: 'stopped' });
    const bank = t.strapi.get('botkb-question-bank') as { start(): Promise<void> };
    await bank.start();
    const run = await finishedRun((r) => r.trigger === 'startup');
    expect(run).toMatchObject({ content: 'published', status: 'done' });
    await bank.start();
    expect((await runs()).filter((r) => r.trigger === 'startup')).toHaveLength(1);
  });

  it("runs again at start-up when a publish's run was cut short by a restart, even after earlier finished runs", async () => {
    const finished = await finishedRun((r) => r.content === 'published');
    const knex = t.strapi.db.connection;
    const [cut] = await knex('botkb_bank_runs')
      .insert({
        content: 'published',
        trigger: 'publish',
        status: 'running',
        questions: 1,
        done: 0,
        queued_at: Date.now(),
      })
      .returning('id');
    const cutId = Number(typeof cut === 'object' ? cut.id : cut);
    const bank = t.strapi.get('botkb-question-bank') as { start(): Promise<void> };
    const startupRuns = async () => (await runs()).filter((r) => r.trigger === 'startup').length;
    const before = await startupRuns();
    await bank.start();
    expect((await runs()).find((r) => r.id === cutId)).toMatchObject({ status: 'interrupted' });
    const rerun = await finishedRun((r) => r.trigger === 'startup' && r.id > cutId);
    expect(rerun).toMatchObject({ content: 'published', status: 'done' });
    expect(rerun.id).toBeGreaterThan(finished.id);
    await bank.start();
    expect(await startupRuns()).toBe(before + 1);
  });
});

describe('question bank beside other instances: a run records its instance and a heartbeat', () => {
  const runsTable = () => t.strapi.db.connection('botkb_bank_runs');
  /** A run of the published content some instance is running, whose last heartbeat was `beatAgoMs` ago. */
  const runningRun = async (instance: string, beatAgoMs: number): Promise<number> => {
    const now = Date.now();
    const row = { content: 'published', trigger: 'publish', status: 'running', questions: 1, done: 0, queued_at: now };
    const [created] = await runsTable()
      .insert({ ...row, instance, heartbeat_at: now - beatAgoMs })
      .returning('id');
    return Number(typeof created === 'object' ? created.id : created);
  };
  const row = async (id: number) => runsTable().where({ id }).first('status', 'instance', 'heartbeat_at');

  it('beats for the runs an instance has queued, and interrupts runs whose instance stopped beating', async () => {
    const abandoned = await runningRun('gone-host:1337', STALE_RUN_MS + 5_000);
    // Another instance's bank, its search not ready: its run waits (queued) until the bank stops.
    const instance = 'waiting-host:1337';
    const opts = { asker: () => null, pendingSync: async () => 0, debounceMs: 0, syncWaitMs: 30_000 };
    const waiting = new QuestionBank(t.strapi, { ...opts, instance, heartbeatMs: 50 });
    await waiting.start();
    const queued = await waiting.requestRun('drafts', 'manual');
    const first = await row(queued.id);
    expect(first).toMatchObject({ status: 'queued', instance });
    const beat = async () => Number((await row(queued.id)).heartbeat_at) > Number(first.heartbeat_at);
    await within(2_000, beat);
    expect((await row(abandoned)).status).toBe('interrupted');
    await waiting.stop();
    expect((await row(queued.id)).status).toBe('interrupted');
  });

  it('stops a run another instance marked interrupted, leaving it interrupted with no results', async () => {
    const bot = t.strapi.get('botkb-bot') as { asker: (content: KnowledgeContent) => AskService | null };
    await drainSearch(t.strapi);
    // Enough questions that the run is still going when it is taken (progress is written every 10).
    for (let i = 1; i <= 40; i++)
      await addQuestion({ question: `${TOOTH} ${'?'.repeat(i)}`, locale: 'fi', expected: [] });
    let asked = 0;
    const asker = (content: KnowledgeContent) => {
      const real = bot.asker(content);
      return real && ({ explain: (input) => (asked++, real.explain(input)) } as AskService);
    };
    const opts = { asker, pendingSync: async () => 0, debounceMs: 0, syncWaitMs: 30_000 };
    const bank = new QuestionBank(t.strapi, { ...opts, instance: 'slow-host:1337', heartbeatMs: 50 });
    const run = await bank.requestRun('published', 'manual');
    await within(20_000, async () => asked >= 3);
    // Another instance took this run for abandoned (its heartbeat looked stale) and marked it interrupted.
    await runsTable().where({ id: run.id }).update({ status: 'interrupted', error: 'interrupted by a restart' });
    const askedThen = asked;
    await within(10_000, async () => {
      const before = asked;
      await new Promise((r) => setTimeout(r, 500));
      return asked === before;
    });
    expect(asked - askedThen).toBeLessThanOrEqual(10);
    expect(await row(run.id)).toMatchObject({ status: 'interrupted' });
    const [{ n }] = await t.strapi.db.connection('botkb_bank_results').where({ run_id: run.id }).count({ n: '*' });
    expect(Number(n)).toBe(0);
    await bank.stop();
    expect(await row(run.id)).toMatchObject({ status: 'interrupted' });
  });

  // Instances on several hosts: the heartbeats are written and judged by the database's clock (PostgreSQL).
  const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
  (onPostgres ? it : it.skip)("judges another instance's heartbeat by the database's clock, not its own", async () => {
    const live = await runningRun('other-host:1337', 1_000);
    // This host's clock runs a minute ahead of the database's (and the other host's).
    const skewed = Date.now;
    const spy = jest.spyOn(Date, 'now').mockImplementation(() => skewed.call(Date) + 60_000);
    const opts = { asker: () => null, pendingSync: async () => 0, debounceMs: 0, syncWaitMs: 30_000 };
    const bank = new QuestionBank(t.strapi, { ...opts, instance: 'fast-clock-host:1337', heartbeatMs: 50 });
    try {
      await bank.start();
      const queued = await bank.requestRun('drafts', 'manual');
      const dbNow = Number(
        (await t.strapi.db.connection.raw('SELECT extract(epoch FROM now()) * 1000 AS n')).rows[0].n,
      );
      expect(Math.abs(Number((await row(queued.id)).heartbeat_at) - dbNow)).toBeLessThan(10_000);
      await new Promise((r) => setTimeout(r, 300)); // several beats, each judging the other run
      expect((await row(live)).status).toBe('running');
    } finally {
      spy.mockRestore();
      await bank.stop();
      await runsTable().where({ id: live }).update({ status: 'interrupted' });
    }
  });

  it("interrupts at start-up only its own runs and abandoned ones, and queues no re-run beside another's", async () => {
    const own = t.strapi.config.get<string>('cluster.instanceName');
    const abandoned = await runningRun('gone-host:1337', STALE_RUN_MS + 5_000);
    const ownBeforeRestart = await runningRun(own, 0);
    const live = await runningRun('other-host:1337', 1_000);
    const startupRuns = async () => (await runs()).filter((r) => r.trigger === 'startup').length;
    const before = await startupRuns();
    await (t.strapi.get('botkb-question-bank') as QuestionBank).start();
    expect((await row(abandoned)).status).toBe('interrupted');
    expect((await row(ownBeforeRestart)).status).toBe('interrupted');
    expect((await row(live)).status).toBe('running');
    expect(await startupRuns()).toBe(before);
    await runsTable().where({ id: live }).update({ status: 'interrupted' });
  });
});
