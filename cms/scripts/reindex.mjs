#!/usr/bin/env node
// `npm run reindex`: rebuilds every locale's search index from the database
// into a fresh index and swaps it in; searches keep working throughout.
// Uses MEILI_HOST/MEILI_MASTER_KEY, else the embedded Meilisearch of `npm start`
// (started here if it is not running).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureInstalled, ensureBuilt, say, ROOT, CMS } from './lib/steps.mjs';
import { ensureSecretsFile } from './lib/secrets.mjs';

const require = createRequire(import.meta.url);
let meili = null;
try {
  await ensureInstalled();
  const { values: secrets } = ensureSecretsFile(join(CMS, '.env'));
  await ensureBuilt({ admin: false });
  Object.assign(process.env, {
    ...secrets,
    ...process.env,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'fi',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ENV_PATH: join(CMS, '.env'),
  });
  if (!process.env.MEILI_HOST) {
    const host = `http://127.0.0.1:${process.env.MEILI_PORT ?? 7700}`;
    const up = await fetch(`${host}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) {
      say('starting the embedded Meilisearch');
      const { startEmbeddedMeilisearch } = require(join(ROOT, 'search', 'dist', 'index.js'));
      meili = await startEmbeddedMeilisearch({
        dataDir: join(ROOT, '.data', 'meilisearch'),
        masterKey: secrets.MEILI_MASTER_KEY,
        port: Number(process.env.MEILI_PORT ?? 7700),
        logFile: join(ROOT, '.data', 'meilisearch.log'),
      });
    }
    process.env.MEILI_HOST = host;
    process.env.MEILI_MASTER_KEY = secrets.MEILI_MASTER_KEY;
  }
  say(`reindexing into ${process.env.MEILI_HOST}`);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).load();
  try {
    const started = Date.now();
    const counts = await strapi.get('botkb-search').reindex((p) => {
      const line = `  ${p.locale}: ${p.phase} ${p.indexed} entries`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(50)}`);
      else if (p.phase !== 'indexing') console.log(line);
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    say(
      `reindexed ${Object.entries(counts)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await strapi.destroy();
  }
} catch (error) {
  console.error(`✖ ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  await meili?.stop();
}
