import { knex as createKnex } from 'knex';
import { processSuite, spawnServerProcess, type ProcessSuite } from '../helpers/server-process';
import { conversationStarted } from '../helpers/bot-events';

/**
 * A server killed with SIGKILL at random moments while bots send events loses
 * no acknowledged event: every id it answered 200 for is stored after restart,
 * with its rollup counted exactly once.
 */
let suite: ProcessSuite;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  suite = await processSuite('crash', (dir) => ({
    TOKEN_FILE: `${dir}/token`,
    LOG_LEVEL: 'error',
    CRON_ENABLED: 'false',
    BOT_RATE_LIMIT_PER_SEC: '100000',
    BOT_RATE_LIMIT_BURST: '100000',
  }));
  env = suite.env;
  delete env.MEILI_HOST; // no Meilisearch
});
afterAll(async () => suite?.cleanup());

async function startServer() {
  const { child, started, exited } = await spawnServerProcess<{ url: string; token: string }>('strapi-process.js', env);
  return { child, exited, ...started };
}

it('keeps every acknowledged event across SIGKILLs at random moments', async () => {
  const acknowledged = new Set<string>();
  const refused: number[] = [];
  let sent = 0;
  for (let round = 0; round < 3; round++) {
    const { child, url, token, exited } = await startServer();
    let alive = true;
    const writer = async (w: number) => {
      while (alive) {
        const ids = Array.from({ length: 20 }, (_, i) => `r${round}-w${w}-${sent}-${i}`);
        sent += 1;
        try {
          const res = await fetch(`${url}/api/bot/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ events: ids.map(conversationStarted) }),
          });
          if (res.status === 200) ids.forEach((id) => acknowledged.add(id));
          else refused.push(res.status); // e.g. a deadlock between concurrent batches would be a 500
        } catch {
          /* connection reset by the kill: not acknowledged */
        }
      }
    };
    const writers = [0, 1, 2].map(writer);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
    child.kill('SIGKILL');
    alive = false;
    await exited;
    await Promise.all(writers);
  }
  expect(acknowledged.size).toBeGreaterThan(100);
  expect(refused).toEqual([]);
  // Restart and check: every acknowledged id stored, and counted once in the rollups.
  const { child } = await startServer();
  try {
    const knex = createKnex(
      env.DATABASE_CLIENT === 'postgres'
        ? {
            client: 'pg',
            connection: {
              host: env.DATABASE_HOST ?? '127.0.0.1',
              port: Number(env.DATABASE_PORT ?? 5432),
              user: env.DATABASE_USERNAME,
              password: env.DATABASE_PASSWORD,
              database: env.DATABASE_NAME,
            },
          }
        : { client: 'better-sqlite3', connection: { filename: String(env.DATABASE_FILENAME) }, useNullAsDefault: true },
    );
    try {
      const stored = new Set<string>(
        (await knex('botkb_events').select('event_id')).map((r: { event_id: string }) => r.event_id),
      );
      const missing = [...acknowledged].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      const [{ n }] = await knex('botkb_rollup_daily').where({ metric: 'conversations' }).sum({ n: 'count' });
      expect(Number(n)).toBe(stored.size);
    } finally {
      await knex.destroy();
    }
  } finally {
    child.kill('SIGKILL');
  }
}, 180_000);
