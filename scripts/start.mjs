#!/usr/bin/env node
// `npm start`: install what is missing, generate local secrets, build, start an
// embedded Meilisearch (unless MEILI_HOST is set) and Strapi (SQLite unless
// DATABASE_CLIENT=postgres), load the demo content, print URLs and logins.
// Ctrl-C stops every child process it started.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, ensureBuilt, run, bin, say, ROOT, CMS } from './lib/steps.mjs';
import { ensureSecretsFile } from './lib/secrets.mjs';

const children = new Set();
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  for (const stop of [...children].reverse()) {
    try { await stop(); } catch { /* already gone */ }
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`process serving ${url} exited`);
    try { if ((await fetch(url)).status < 500) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

try {
  await ensureInstalled();
  const envFile = join(CMS, '.env');
  const { values: secrets, created } = ensureSecretsFile(envFile);
  if (created) say('generated local secrets into cms/.env (git-ignored)');
  await ensureBuilt({ admin: true });

  const env = {
    ...secrets,
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'fi',
  };

  if (!process.env.MEILI_HOST) {
    say('starting the embedded Meilisearch (loopback only, data in .data/meilisearch)');
    const { startEmbeddedMeilisearch } = await import(join(ROOT, 'search', 'dist', 'index.js'));
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    const meili = await startEmbeddedMeilisearch({
      dataDir: join(ROOT, '.data', 'meilisearch'),
      masterKey: secrets.MEILI_MASTER_KEY,
      port: Number(process.env.MEILI_PORT ?? 7700),
      logFile: join(ROOT, '.data', 'meilisearch.log'),
    });
    children.add(meili.stop);
    env.MEILI_HOST = meili.host;
    env.MEILI_MASTER_KEY = secrets.MEILI_MASTER_KEY;
  } else {
    say(`using the external Meilisearch at ${process.env.MEILI_HOST}`);
  }

  say('loading the demo knowledge base (npm run seed)');
  await run(process.execPath, [join(ROOT, 'seeds', 'dist', 'cli.js')], { env: { ...env, LOG_LEVEL: 'warn' } });

  say('starting Strapi');
  const port = Number(env.PORT ?? 1337);
  const strapiProc = spawn(bin('strapi'), ['start'], { cwd: CMS, stdio: 'inherit', env: { ...env, PORT: String(port) } });
  let alive = true;
  strapiProc.on('exit', (code) => { alive = false; if (!stopping) { console.error(`Strapi exited (${code})`); stopAll(1); } });
  children.add(() => new Promise((resolve) => {
    if (!alive) return resolve();
    strapiProc.once('exit', resolve);
    strapiProc.kill('SIGTERM');
    setTimeout(() => strapiProc.kill('SIGKILL'), 10_000).unref();
  }));
  const base = `http://localhost:${port}`;
  await waitForHttp(`${base}/_health`, 120_000, () => alive);

  const tokenFile = join(ROOT, '.data', 'demo-api-token');
  const token = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '(missing: run npm run seed)';
  console.log(`
  Knowledge base is running.

  Admin panel (content experts)  ${base}/admin
  REST API (developers)          ${base}/api   e.g. curl -H "Authorization: Bearer $TOKEN" "${base}/api/answers?locale=sv"
  Meilisearch                    ${env.MEILI_HOST}
  Database                       ${env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite (cms/.tmp/data.db)'}

  Demo logins (admin panel)
    content expert   asiantuntija@example.fi / Sisalto-Demo-2026
    manager          esihenkilo@example.fi   / Johtaja-Demo-2026
    administrator    admin@example.fi        / Admin-Demo-2026
  Demo API token (read-only)
    ${token}

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  await stopAll(1);
}
