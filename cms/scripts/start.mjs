#!/usr/bin/env node
// `npm start`: install what is missing, generate local secrets, build, start an
// embedded Meilisearch (unless MEILI_HOST is set) and Strapi (SQLite unless
// DATABASE_CLIENT=postgres), load the demo content, print URLs and logins.
// Ctrl-C stops every child process it started.
import { join } from 'node:path';
import { ensureInstalled, ensureBuilt, say, ROOT, CMS } from './lib/steps.mjs';
import { ensureSecretsFile } from './lib/secrets.mjs';
import { startStack } from './lib/stack.mjs';
import { botRoutes, startBanner } from './lib/start-banner.mjs';

let stack = null;
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  await stack?.stop();
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  await ensureInstalled();
  const { values: secrets, created } = ensureSecretsFile(join(CMS, '.env'));
  if (created) say('generated local secrets into cms/.env (git-ignored)');
  await ensureBuilt({ admin: true });
  stack = await startStack({
    secrets,
    dataDir: join(ROOT, '.data'),
    meiliPort: Number(process.env.MEILI_PORT ?? 7700),
  });
  stack.exited.then((code) => {
    if (!stopping) {
      console.error(`Strapi exited (${code})`);
      stopAll(1);
    }
  });
  const base = stack.base.replace('127.0.0.1', 'localhost');
  const { DEMO_LOGINS } = await import(join(ROOT, 'seeds', 'dist', 'index.js'));
  console.log(
    startBanner({
      base,
      meiliHost: stack.meiliHost,
      database: stack.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite (cms/.tmp/data.db)',
      logins: DEMO_LOGINS,
      apiToken: stack.apiToken,
      botToken: stack.botToken,
      routes: botRoutes(),
    }),
  );
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  await stopAll(1);
}
