#!/usr/bin/env node
// `npm start`: install what is missing, generate local secrets, build, start an
// embedded Meilisearch (unless MEILI_HOST is set) and Strapi (SQLite unless
// DATABASE_CLIENT=postgres), load the demo content, print URLs and logins.
// Ctrl-C stops every child process it started.
import { join } from 'node:path';
import { ensureInstalled, ensureBuilt, say, ROOT, CMS } from './lib/steps.mjs';
import { ensureSecretsFile } from './lib/secrets.mjs';
import { startStack } from './lib/stack.mjs';

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
  console.log(`
  Knowledge base is running.

  Admin panel (content experts)  ${base}/admin
  Analytics (managers, experts)  ${base}/analytics/
  Content REST API (developers)  ${base}/api/answers?locale=sv   (read-only token below)
  Bot API                        POST ${base}/api/bot/ask, GET ${base}/api/bot/paths/:slug   (bot token below)
  Meilisearch                    ${stack.meiliHost}
  Database                       ${stack.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite (cms/.tmp/data.db)'}

  Demo logins (admin panel and analytics)
    content expert   asiantuntija@example.fi / Sisalto-Demo-2026
    manager          esihenkilo@example.fi   / Johtaja-Demo-2026
    administrator    admin@example.fi        / Admin-Demo-2026
  Demo API tokens
    read-only (content API)   ${stack.apiToken}
    bot (bot endpoints only)  ${stack.botToken}

  Try:  curl -s -H "Authorization: Bearer $(cat .data/demo-bot-token)" -H 'content-type: application/json' \\
          -d '{"question":"mistä saa ajan hammaslääkärille","locale":"fi"}' ${base}/api/bot/ask

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  await stopAll(1);
}
