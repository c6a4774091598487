// Starts the whole system — Meilisearch (embedded unless MEILI_HOST is set),
// the demo content, Strapi — as child processes; used by `npm start` and by
// the eval/bench scripts (with a throw-away data folder).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, bin, say, ROOT, CMS } from './steps.mjs';

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process serving ${url} exited`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/**
 * Refuses to start anything when the configuration is invalid, with one
 * message naming each bad variable (Strapi itself would print a stack trace).
 */
async function checkConfiguration(env) {
  const { readEnv } = await import(join(CMS, 'dist', 'src', 'config', 'env-schema.js'));
  readEnv(env);
}

/**
 * @param {object} o
 * @param {Record<string,string>} o.secrets   values of cms/.env (or generated ones)
 * @param {string} o.dataDir                  Meilisearch data, demo tokens
 * @param {Record<string,string>} [o.env]     extra environment for Strapi and the seed
 * @param {number} [o.port]                   Strapi port
 * @param {number} [o.meiliPort]
 * @param {boolean} [o.quiet]                 hide Strapi's own log
 */
export async function startStack(o) {
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) {
      try {
        await s();
      } catch {
        /* gone */
      }
    }
  };
  try {
    const env = {
      ...o.secrets,
      ...process.env,
      ...o.env,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'fi',
      BOTKB_DATA_DIR: o.dataDir,
    };
    await checkConfiguration(env);
    mkdirSync(o.dataDir, { recursive: true });
    if (!env.MEILI_HOST) {
      say(`starting the embedded Meilisearch (loopback only, data in ${o.dataDir}/meilisearch)`);
      const { startEmbeddedMeilisearch } = await import(join(ROOT, 'search', 'dist', 'index.js'));
      const meili = await startEmbeddedMeilisearch({
        dataDir: join(o.dataDir, 'meilisearch'),
        masterKey: o.secrets.MEILI_MASTER_KEY,
        port: o.meiliPort,
        logFile: join(o.dataDir, 'meilisearch.log'),
      });
      stops.push(meili.stop);
      env.MEILI_HOST = meili.host;
      env.MEILI_MASTER_KEY = o.secrets.MEILI_MASTER_KEY;
    } else {
      say(`using the external Meilisearch at ${env.MEILI_HOST}`);
    }

    say('loading the demo knowledge base (npm run seed)');
    await run(process.execPath, [join(ROOT, 'seeds', 'dist', 'cli.js')], { env: { ...env, LOG_LEVEL: 'warn' } });

    say('starting Strapi');
    const port = o.port ?? Number(env.PORT ?? 1337);
    const { pid, exited, stopStrapi, base } = await startStrapi({ env, port, quiet: o.quiet });
    stops.push(stopStrapi);
    const token = (name) => {
      const f = join(o.dataDir, name);
      return existsSync(f) ? readFileSync(f, 'utf8').trim() : null;
    };
    return {
      base,
      env,
      pid,
      exited,
      stopStrapi,
      meiliHost: env.MEILI_HOST,
      masterKey: env.MEILI_MASTER_KEY,
      apiToken: token('demo-api-token'),
      botToken: token('demo-bot-token'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One `strapi start` process on `port` with `env`; resolves once it answers /_health.
 * Also a further instance of a running system (same database and Meilisearch).
 */
export async function startStrapi({ env, port, quiet }) {
  const profile = process.env.STRAPI_CPU_PROFILE_DIR;
  const args = [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), bin('strapi'), 'start'];
  const stdio = quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
  const child = spawn(process.execPath, args, { cwd: CMS, stdio, env: { ...env, PORT: String(port) } });
  let alive = true;
  const exited = new Promise((resolve) =>
    child.once('exit', (code) => {
      alive = false;
      resolve(code);
    }),
  );
  const stopStrapi = async () => {
    if (!alive) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/_health`, 120_000, () => alive);
  } catch (error) {
    await stopStrapi();
    throw error;
  }
  return { pid: child.pid, exited, stopStrapi, base };
}

/** Waits until the CMS's search queue is empty (the index has every published change). */
export async function waitForSearchSync(stack, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A CMS busy counting a large knowledge base can drop a waiting connection: asked again.
    const res = await fetch(`${stack.base}/api/bot/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.botToken}` },
      body: JSON.stringify({ question: 'ping', locale: 'fi' }),
    }).catch(() => null);
    if (res?.status === 200) {
      const stats = await fetch(`${stack.meiliHost}/indexes/${stack.env.MEILI_INDEX_PREFIX ?? 'kb_'}fi/stats`, {
        headers: { authorization: `Bearer ${stack.masterKey}` },
      });
      if (stats.ok && (await stats.json()).numberOfDocuments > 0) {
        const tasks = await fetch(`${stack.meiliHost}/tasks?statuses=enqueued,processing&limit=1`, {
          headers: { authorization: `Bearer ${stack.masterKey}` },
        });
        if ((await tasks.json()).total === 0) return;
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('search did not catch up in time');
}
