import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort } from '@botkb/search';
import { processSuite, spawnServerProcess, type ProcessSuite } from '../helpers/server-process';
import { answerData, callInstance, postgresOnlyDescribe, indexedAnswerBody, within } from '../helpers/instance-calls';

/**
 * After edits made through instance A, A (which applied them), B (which applied what A announced) and an
 * instance started afterwards (which counts the database afresh) score every question the same: the
 * derived search state is a function of the published content, not of the history of changes.
 */
const ANSWERS = 'api::answer.answer';
const QUESTIONS = [
  'hammashoitolan ajanvaraus',
  'milloin hoitola on auki',
  'suuhygienistille aika',
  'varaan ajan hammaslääkärille',
  'hammashoitola',
];

jest.setTimeout(300_000);

interface Instance {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

let suite: ProcessSuite;
let botToken = '';
const started: Instance[] = [];

async function startInstance(): Promise<Instance> {
  const env = { ...suite.env, LISTEN_PORT: String(await freePort()) };
  const process = await spawnServerProcess<{ url: string; botToken: string }>('cms-instance.js', env, { ipc: true });
  botToken = process.started.botToken;
  const instance = { child: process.child, url: process.started.url, exited: process.exited };
  started.push(instance);
  return instance;
}

const documents = (instance: Instance, action: string, params: object) =>
  callInstance(instance.child, { uid: ANSWERS, action, params });

/** What the instance answers to each question: the answer and suggestions with their scores. */
async function scores(instance: Instance): Promise<string[]> {
  const out: string[] = [];
  for (const question of QUESTIONS) {
    const res = await fetch(`${instance.url}/api/bot/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${botToken}` },
      body: JSON.stringify({ question, locale: 'fi' }),
    });
    const body = (await res.json()) as {
      answer?: { slug: string; score: number } | null;
      suggestions?: Array<{ slug: string; score: number }>;
    };
    const ranked = [body.answer, ...(body.suggestions ?? [])].filter((h) => h);
    out.push(`${res.status} ${question}: ${ranked.map((h) => `${h!.slug}=${h!.score}`).join(' ')}`);
  }
  return out;
}

const describeOnPostgres = postgresOnlyDescribe('multi-instance-scores.test.ts');

describeOnPostgres('the same scores on every instance after edits through one (needs DATABASE_CLIENT=postgres)', () => {
  beforeAll(async () => {
    suite = await processSuite('scores', (dir) => ({
      TOKEN_FILE: join(dir, 'tokens.json'),
      MEILI_INDEX_PREFIX: `s${randomBytes(4).toString('hex')}_`,
      SEARCH_SYNC_INTERVAL_MS: '100',
      CRON_ENABLED: 'false',
      BOT_RATE_LIMIT_PER_SEC: '1000',
      BOT_RATE_LIMIT_BURST: '100000',
    }));
  });

  afterAll(async () => {
    for (const instance of started) {
      instance.child.kill('SIGTERM');
      await instance.exited;
    }
    await suite?.cleanup();
  });

  it('scores questions alike on A, on B and on an instance started after the edits', async () => {
    const a = await startInstance();
    const b = await startInstance();
    const published = { locale: 'fi', status: 'published' };
    const dentist = await documents(a, 'create', {
      data: answerData('hammashoitola', 'Hammashoitola', 'Varaa aika hammaslääkärille numerosta.'),
      ...published,
    });
    const hours = await documents(a, 'create', {
      data: answerData('hoitola-auki', 'Hoitolan aukiolo', 'Hoitola on auki arkisin. Hammashoitolan ajat puhelimitse.'),
      ...published,
    });
    const hygienist = await documents(a, 'create', {
      data: answerData('suuhygienisti', 'Suuhygienisti', 'Suuhygienistin vastaanotto on hammashoitolassa.'),
      ...published,
    });
    // Several versions of one answer, one answer taken back, another edited: each replaces what came before.
    for (const body of ['Hammashoitolan ajat varataan verkossa.', 'Ajanvaraus verkossa tai puhelimitse.']) {
      const data = { body };
      await documents(a, 'update', { documentId: dentist.documentId, data, ...published });
    }
    await documents(a, 'update', {
      documentId: dentist.documentId,
      data: { title: 'Hammashoitolan ajanvaraus' },
      ...published,
    });
    await documents(a, 'unpublish', { documentId: hours.documentId, locale: 'fi' });
    await documents(a, 'update', {
      documentId: hygienist.documentId,
      data: { body: 'Suuhygienistille varataan aika hammashoitolan numerosta.' },
      ...published,
    });
    // A fresh instance counts the database as it is once A has applied every change (the index has the last).
    const last = 'Suuhygienistille varataan aika hammashoitolan numerosta.';
    await within(30_000, async () => (await indexedAnswerBody(suite.env, hygienist.documentId)) === last, 200);
    const fresh = await startInstance();
    let reference: string[] = [];
    // Its search is ready (503 before) once it has counted the knowledge base.
    await within(30_000, async () => (reference = await scores(fresh)).every((line) => line.startsWith('200 ')), 200);
    console.log(`scores on the fresh instance:\n${reference.join('\n')}`);
    let seen: Record<string, string[]> = {};
    const alike = async () => {
      seen = { a: await scores(a), b: await scores(b) };
      return seen.a.join('\n') === reference.join('\n') && seen.b.join('\n') === reference.join('\n');
    };
    await within(15_000, alike, 500).catch((error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify({ fresh: reference, ...seen }, null, 1)}`);
    });
    expect(reference.some((line) => line.includes('hammashoitola='))).toBe(true);
  });
});
