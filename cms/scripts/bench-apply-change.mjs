#!/usr/bin/env node
// CPU time an instance spends following one content change announced by another instance:
//   node cms/scripts/bench-apply-change.mjs [synthetic answers, default 10000]
// Builds a throw-away SQLite base of synthetic answers × 2 locales (bench-kept-base.mjs's texts,
// realisticText(2_000)) beside no content else, counts it (SearchRuntime.rebuildAnalyzers), then
// changes one answer and times SearchRuntime.reload with the change named (what an instance does
// now) and reload(null) (the full rebuild every instance did for every change before). No
// Meilisearch: only the derived state is measured.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CMS, ensureBuilt, say } from './lib/steps.mjs';
import { generateSecrets } from './lib/secrets.mjs';
import { withProcessEnv } from './lib/bench-tools.mjs';
import { createSyntheticAnswers, realisticText } from './lib/synthetic-answers.mjs';

const require = createRequire(CMS + '/package.json');
const count = Number(process.argv[2] ?? 10_000);
const ROUNDS = 5;

/** CPU (user + system) and wall milliseconds of `work`. */
async function timed(work) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

await ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'botkb-apply-change-'));
const env = {
  ...generateSecrets(),
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: join(dir, 'data.db'),
  ENV_PATH: join(dir, 'none.env'),
  LOG_LEVEL: 'warn',
  CRON_ENABLED: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
};
delete process.env.MEILI_HOST;
try {
  await withProcessEnv(env, async () => {
    const { createStrapi } = require('@strapi/strapi');
    const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).load();
    try {
      say(`creating ${count} synthetic answers × 2 locales`);
      await createSyntheticAnswers(strapi, count, realisticText(2_000));
      const { SearchRuntime } = require(join(CMS, 'dist', 'src', 'search', 'search-runtime.js'));
      const config = { ...strapi.config.get('search'), host: 'http://127.0.0.1:9', masterKey: 'unused' };
      const runtime = new SearchRuntime(strapi, config, 'published');
      const counting = await timed(() => runtime.rebuildAnalyzers());
      say(`counted the base: ${ms(counting.cpu)} CPU, ${ms(counting.wall)} wall`);
      runtime.ready = true;
      const answers = strapi.db.query('api::answer.answer');
      const documentId = `bench${String(Math.floor(count / 2)).padStart(19, '0')}`;
      const where = { documentId, locale: 'fi', publishedAt: { $notNull: true } };
      const change = [{ target: 'answer', documentId, locale: 'fi' }];
      const incremental = [];
      for (let round = 0; round < ROUNDS; round++) {
        await answers.update({ where, data: { body: `Muutettu vastaus ${round}: ajanvaraus hammaslääkärille.` } });
        incremental.push(await timed(() => runtime.reload(change)));
      }
      const full = await timed(() => runtime.reload(null));
      const cpu = median(incremental.map((t) => t.cpu));
      const wall = median(incremental.map((t) => t.wall));
      say(`one change named (median of ${ROUNDS}): ${ms(cpu)} CPU, ${ms(wall)} wall`);
      say(`full rebuild (before): ${ms(full.cpu)} CPU, ${ms(full.wall)} wall — ${(full.cpu / cpu).toFixed(0)}×`);
    } finally {
      await strapi.destroy();
    }
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
