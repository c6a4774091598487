import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Client } from 'pg';
import { freePort } from '@botkb/search';
import { BOT_PERMISSIONS } from '@botkb/seeds';
import { processSuite, spawnServerProcess, type ProcessSuite } from '../helpers/server-process';
import { conversationStarted } from '../helpers/bot-events';
import { answerData, callInstance, postgresOnlyDescribe, indexedAnswerBody, within } from '../helpers/instance-calls';

// The README's HAProxy set-up, shared with `npm run bench` (plain CommonJS without types).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startHaproxy } = require('../../cms/scripts/lib/haproxy.cjs') as {
  startHaproxy(o: { dir: string; port: number; servers: Array<{ name: string; port: number }> }): {
    url: string;
    stop(): Promise<void>;
  };
};

/**
 * Two CMS instances (separate processes) on one PostgreSQL database and one
 * Meilisearch, behind a real HAProxy: a change made through one instance
 * reaches the other's derived state within 2 s, a rolling restart under load
 * fails no ask and loses no acknowledged event, and rate limits are shared.
 */
/** The status of a GET sent from the local address `from` (any 127.x.y.z reaches a loopback server). */
function statusFrom(from: string, url: string, authorization: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress: from, headers: { authorization } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const REACH_MS = 2_000;
/** The bot limit per token, for all instances together: 300 requests per window of 300 / 5 = 60 s. */
const BOT_BURST = 300;
const BOT_PER_SEC = 5;
const BOT_WINDOW_MS = (BOT_BURST / BOT_PER_SEC) * 1000;
const AUTH_FAILURE_LIMIT = 6;
const ANSWERS = 'api::answer.answer';
const TRIGGERS = 'api::safety-trigger.safety-trigger';

jest.setTimeout(300_000);

interface Instance {
  name: 'a' | 'b';
  port: number;
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

let suite: ProcessSuite;
let tokens: { botToken: string; otherBotToken: string };
const instances: Partial<Record<'a' | 'b', Instance>> = {};
let haproxy: { stop(): Promise<void> } | null = null;
let lb = '';

async function startInstance(name: 'a' | 'b', port: number): Promise<Instance> {
  type Started = { url: string; botToken: string; otherBotToken: string };
  const env = { ...suite.env, LISTEN_PORT: String(port) };
  const { child, started, exited } = await spawnServerProcess<Started>('cms-instance.js', env, {
    name: `instance ${name}`,
    ipc: true,
  });
  tokens = { botToken: started.botToken, otherBotToken: started.otherBotToken };
  const instance = { name, port, child, url: started.url, exited };
  instances[name] = instance;
  return instance;
}

/** SIGTERM, then waits for the process to exit; returns its exit code. */
async function stopInstance(instance: Instance): Promise<number | null> {
  instance.child.kill('SIGTERM');
  return instance.exited;
}

/** A call the instance makes: Document Service `{ uid, action, params }` or service `{ service, method, args }`. */
const call = (instance: Instance, message: object): Promise<any> => callInstance(instance.child, message);

/** A new bot token (its own rate-limit allowance), created through A. */
async function newBotToken(name: string): Promise<string> {
  const spec = { name, type: 'custom', kind: 'content-api', lifespan: null, permissions: BOT_PERMISSIONS };
  return (await call(instances.a!, { service: 'admin::api-token', method: 'create', args: [spec] })).accessKey;
}

/** A Document Service call made by the instance (what the admin panel does through it). */
const documents = (instance: Instance, uid: string, action: string, params: object) =>
  call(instance, { uid, action, params });

async function ask(base: string, question: string, token = tokens.botToken): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}/api/bot/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ question, locale: 'fi' }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** Whether the Finnish index (Meilisearch itself) holds the answer now. */
const indexed = async (documentId: string) => (await indexedAnswerBody(suite.env, documentId)) !== null;

/**
 * How long B takes to follow a change after the index has it: both polled from
 * now; the time the sync worker needs to apply a change is the same with one instance.
 */
async function lagBehindIndex(inIndex: () => Promise<boolean>, onB: () => Promise<boolean>): Promise<number> {
  const [index, b] = await Promise.all([within(10_000, inIndex), within(10_000, onB)]);
  console.log(`  index applied the change after ${index} ms, B followed after ${b} ms`);
  return Math.max(0, b - index);
}

const describeOnPostgres = postgresOnlyDescribe('multi-instance.test.ts');

describeOnPostgres(
  'several CMS instances on one PostgreSQL and one Meilisearch (needs DATABASE_CLIENT=postgres)',
  () => {
    let kriisi: { documentId: string };

    beforeAll(async () => {
      suite = await processSuite('multi', (dir) => ({
        TOKEN_FILE: join(dir, 'tokens.json'),
        MEILI_INDEX_PREFIX: `m${randomBytes(4).toString('hex')}_`,
        SEARCH_SYNC_INTERVAL_MS: '100',
        CRON_ENABLED: 'false',
        SHUTDOWN_DELAY_MS: '600', // HAProxy checks every 200 ms
        BOT_RATE_LIMIT_PER_SEC: String(BOT_PER_SEC),
        BOT_RATE_LIMIT_BURST: String(BOT_BURST),
        AUTH_FAILURE_LIMIT: String(AUTH_FAILURE_LIMIT),
        AUTH_FAILURE_WINDOW_SEC: '60',
      }));
      // Both instances need the same secrets (tokens are hashed with API_TOKEN_SALT): testStrapiEnv made them once.
      const [a, b, front] = [await freePort(), await freePort(), await freePort()];
      await startInstance('a', a); // creates the schema and the tokens
      await startInstance('b', b);
      const balancer = startHaproxy({
        dir: suite.dir,
        port: front,
        servers: [
          { name: 'a', port: a },
          { name: 'b', port: b },
        ],
      });
      haproxy = balancer;
      lb = balancer.url;
      const published = { locale: 'fi', status: 'published' };
      const crisis = answerData('kriisiapu', 'Kriisiapu', 'Soita kriisipuhelimeen, jos olo on tukala.');
      kriisi = await documents(instances.a!, ANSWERS, 'create', { data: crisis, ...published });
      const dentist = answerData('hammashoito', 'Hammashoitola', 'Varaa aika hammaslääkärille numerosta.');
      await documents(instances.a!, ANSWERS, 'create', { data: dentist, ...published });
      // Polled slowly: on a busy machine this wait is long, and every ask spends the shared bot rate
      // limit's burst that the tests below need.
      await within(
        60_000,
        async () => (await ask(instances.b!.url, 'hammashoitola')).body?.answer?.slug === 'hammashoito',
        500,
      );
    });

    afterAll(async () => {
      await haproxy?.stop();
      for (const instance of Object.values(instances)) if (instance) await stopInstance(instance);
      await suite?.cleanup();
    });

    it('fires a safety trigger added through A on B within 2 s', async () => {
      const phrase = 'haluan satuttaa itseäni';
      // B has loaded its triggers (none match yet).
      expect((await ask(instances.b!.url, phrase)).body.answer?.urgent).toBeUndefined();
      const trigger = { slug: 'itsensa-satuttaminen', phrases: [{ text: phrase }], answer: kriisi.documentId };
      await documents(instances.a!, TRIGGERS, 'create', { data: trigger, locale: 'fi', status: 'published' });
      const ms = await within(5_000, async () => (await ask(instances.b!.url, phrase)).body.answer?.urgent === true);
      console.log(`trigger added on A fired on B after ${ms} ms`);
      expect(ms).toBeLessThan(REACH_MS);
    });

    it('stops answering on B an answer unpublished through A within 2 s of the index', async () => {
      const question = 'hammashoitola'; // the set-up waited until B answers it with this answer
      // Now in B's answer cache (waited for: B may briefly report not ready — 503 — between tests).
      let last: unknown = null;
      const cached = async () => {
        const res = await ask(instances.b!.url, question);
        last = [res.status, res.body?.answer?.slug ?? null];
        return res.body?.answer?.slug === 'hammashoito';
      };
      await within(10_000, cached, 200).catch((e: Error) => {
        throw new Error(`${e.message}; B last answered ${JSON.stringify(last)}`);
      });
      const dentist = await documents(instances.a!, ANSWERS, 'findFirst', {
        filters: { slug: 'hammashoito' },
        locale: 'fi',
      });
      await documents(instances.a!, ANSWERS, 'unpublish', { documentId: dentist.documentId, locale: 'fi' });
      const ms = await lagBehindIndex(
        async () => !(await indexed(dentist.documentId)),
        async () => (await ask(instances.b!.url, question)).body.answer?.slug !== 'hammashoito',
      );
      console.log(`answer unpublished on A no longer answered by B ${ms} ms after the index`);
      expect(ms).toBeLessThan(REACH_MS);
    });

    it("finds through B a new answer's new words published through A within 2 s of the index", async () => {
      const question = 'mistä saa kvarttisuunnitelman';
      expect((await ask(instances.b!.url, question)).body.answered).toBe(false); // the word is unknown to B
      const created = answerData(
        'kvarttisuunnitelma',
        'Kvarttisuunnitelma',
        'Kvarttisuunnitelman saa asukaspalvelusta.',
      );
      const { documentId } = await documents(instances.a!, ANSWERS, 'create', {
        data: created,
        locale: 'fi',
        status: 'published',
      });
      const ms = await lagBehindIndex(
        () => indexed(documentId),
        async () => (await ask(instances.b!.url, question)).body.answer?.slug === 'kvarttisuunnitelma',
      );
      console.log(`new answer published on A found through B ${ms} ms after the index`);
      expect(ms).toBeLessThan(REACH_MS);
    });

    it('refuses on B within 2 s a bot token revoked through A (despite its token cache)', async () => {
      const spec = { name: 'revoked soon', type: 'custom', kind: 'content-api', lifespan: null };
      const created = await call(instances.a!, {
        service: 'admin::api-token',
        method: 'create',
        args: [{ ...spec, permissions: ['api::bot.bot.ask'] }],
      });
      expect((await ask(instances.b!.url, 'hammashoitola', created.accessKey)).status).toBe(200); // cached on B
      await call(instances.a!, { service: 'admin::api-token', method: 'revoke', args: [created.id] });
      const ms = await within(
        5_000,
        async () => (await ask(instances.b!.url, 'hammashoitola', created.accessKey)).status === 401,
      );
      console.log(`token revoked on A refused by B after ${ms} ms`);
      expect(ms).toBeLessThan(REACH_MS);
    });

    it('answers every request in flight when an instance is stopped (SIGTERM drains, then exits 0)', async () => {
      const a = instances.a!;
      const batches = Array.from({ length: 10 }, (_, i) => Array.from({ length: 100 }, (_, k) => `drain-${i}-${k}`));
      const sent = batches.map(async (ids) => {
        try {
          const res = await fetch(`${a.url}/api/bot/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.otherBotToken}` },
            body: JSON.stringify({ events: ids.map(conversationStarted) }),
          });
          return res.status;
        } catch (error) {
          return (error as { cause?: { code?: string } }).cause?.code ?? 'failed';
        }
      });
      await new Promise((r) => setTimeout(r, 30));
      const exitCode = await stopInstance(a);
      const statuses = await Promise.all(sent);
      // A request is answered, or refused before it was accepted (a load balancer sends it elsewhere); never cut.
      expect(statuses.filter((s) => s !== 200 && s !== 'ECONNREFUSED')).toEqual([]);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
      expect(exitCode).toBe(0);
      await startInstance('a', a.port);
    });

    it('restarts both instances in turn under load: 0 failed asks, 0 lost acknowledged events', async () => {
      let running = true;
      const failures: string[] = [];
      const acknowledged: string[] = [];
      let asks = 0;
      const askLoop = async (token: string) => {
        while (running) {
          try {
            const res = await ask(lb, 'kvarttisuunnitelma', token);
            asks += 1;
            if (res.status !== 200) failures.push(`ask ${res.status}`);
          } catch (error) {
            failures.push(`ask ${(error as Error).message}`);
          }
          await new Promise((r) => setTimeout(r, 500));
        }
      };
      let batch = 0;
      const eventLoop = async (token: string) => {
        while (running) {
          const ids = Array.from({ length: 20 }, (_, i) => `roll-${batch}-${i}`);
          batch += 1;
          try {
            const res = await fetch(`${lb}/api/bot/events`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ events: ids.map(conversationStarted) }),
            });
            if (res.status === 200) acknowledged.push(...ids);
            else failures.push(`events ${res.status}`);
          } catch (error) {
            failures.push(`events ${(error as Error).message}`);
          }
          await new Promise((r) => setTimeout(r, 1_000));
        }
      };
      // A token per loop: each makes at most 2 requests a second, under its limit (300 per 60 s).
      const loopTokens = await Promise.all([1, 2, 3, 4, 5].map((i) => newBotToken(`load ${i}`)));
      const [t1, t2, t3, t4, t5] = loopTokens;
      const load = [askLoop(t1), askLoop(t2), askLoop(t3), eventLoop(t4), eventLoop(t5)];
      for (const name of ['a', 'b'] as const) {
        await new Promise((r) => setTimeout(r, 1_000));
        const instance = instances[name]!;
        expect(await stopInstance(instance)).toBe(0);
        await startInstance(name, instance.port);
        // Back in HAProxy's rotation once its health check passes twice (rise 2, inter 200 ms).
        await within(30_000, async () => (await fetch(`${instance.url}/_ready`)).status === 204);
        await new Promise((r) => setTimeout(r, 1_000));
      }
      running = false;
      await Promise.all(load);
      console.log(
        `rolling restart: ${asks} asks, ${acknowledged.length} acknowledged events, failures: ${failures.length}`,
      );
      expect(failures).toEqual([]);
      expect(asks).toBeGreaterThan(30);
      const pg = new Client({
        host: suite.env.DATABASE_HOST,
        port: Number(suite.env.DATABASE_PORT),
        user: suite.env.DATABASE_USERNAME,
        password: suite.env.DATABASE_PASSWORD,
        database: suite.env.DATABASE_NAME,
      });
      await pg.connect();
      try {
        const { rows } = await pg.query('SELECT count(*)::int AS n FROM botkb_events WHERE event_id = ANY($1)', [
          acknowledged,
        ]);
        expect(rows[0].n).toBe(acknowledged.length);
      } finally {
        await pg.end();
      }
    });

    it('shares the bot rate limit: two instances together allow the configured rate, not twice it', async () => {
      const both = [instances.a!.url, instances.b!.url];
      const token = await newBotToken('limit');
      const sent = BOT_BURST + 100;
      const statuses: number[] = [];
      const started = Date.now();
      // 10 clients, each alternating between the instances (each instance alone would allow all of them).
      await Promise.all(
        Array.from({ length: 10 }, async (_, client) => {
          for (let i = client; i < sent; i += 10) {
            const res = await fetch(`${both[i % 2]}/api/bot/paths/ei-ole?locale=fi`, {
              headers: { authorization: `Bearer ${token}` },
            });
            statuses.push(res.status);
          }
        }),
      );
      const elapsed = Date.now() - started;
      const allowed = statuses.filter((s) => s !== 429).length;
      console.log(
        `shared bot limit: ${allowed} of ${sent} allowed in ${elapsed} ms (${BOT_BURST} per ${BOT_WINDOW_MS} ms)`,
      );
      expect(elapsed).toBeLessThan(BOT_WINDOW_MS); // all within one window
      expect(allowed).toBe(BOT_BURST);
    });

    it('shares the failed-authentication limit per IP between instances', async () => {
      const both = [instances.a!.url, instances.b!.url];
      const statuses: number[] = [];
      // From a loopback address of its own: earlier tests' refused tokens (127.0.0.1) do not count here.
      for (let i = 0; i < AUTH_FAILURE_LIMIT + 4; i++) {
        statuses.push(await statusFrom('127.0.0.2', `${both[i % 2]}/api/bot/paths/ei-ole?locale=fi`, 'Bearer wrong'));
      }
      expect(statuses).toEqual([...Array(AUTH_FAILURE_LIMIT).fill(401), ...Array(4).fill(429)]);
    });
  },
);
