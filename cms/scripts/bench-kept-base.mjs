#!/usr/bin/env node
// The bench's uncached ask (section 1) repeated on a knowledge base built once: building the
// 10,000 × 2 base takes minutes, so before/after comparisons build it once and restart Strapi per run.
//   node cms/scripts/bench-kept-base.mjs build <dir> <synthetic answers, 0 = demo content only>
//   node cms/scripts/bench-kept-base.mjs measure <dir> <label> [file for the answers, one JSON a line]
// `measure` prints the start-up time, runs the question bank (as a fresh system does at start-up),
// then the uncached asks; with a file it also writes each question's answer (askId left out).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CMS, say } from './lib/steps.mjs';
import { startStack, startStrapi, waitForSearchSync } from './lib/stack.mjs';
import { freePort } from './lib/temp-stack.mjs';
import { generateSecrets } from './lib/secrets.mjs';
import { reindexForBench, withProcessEnv } from './lib/bench-tools.mjs';
import { createSyntheticAnswers, realisticText } from './lib/synthetic-answers.mjs';
import { uncachedAsks, waitForBankRuns, zipfMix, askHeadersOf } from './lib/uncached-asks.mjs';
const require = createRequire(CMS + '/package.json');
const seconds = (ms) => (ms / 1000).toFixed(1);
const [mode, dir, arg, dump] = process.argv.slice(2);
const questions = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'eval-questions.json'), 'utf8'));
const distinct = [
  ...new Set(
    zipfMix(
      questions.filter((q) => q.expect.length),
      5000,
    ),
  ),
];

if (mode === 'build') {
  mkdirSync(dir, { recursive: true });
  const secrets = generateSecrets();
  const stack = await startStack({
    secrets,
    dataDir: dir,
    port: await freePort(),
    quiet: true,
    env: {
      DATABASE_FILENAME: join(dir, 'data.db'),
      SERVE_ADMIN: 'false',
      LOG_LEVEL: 'warn',
      BOT_RATE_LIMIT_PER_SEC: '1000000',
      BOT_RATE_LIMIT_BURST: '1000000',
      SEED_USAGE_HISTORY: 'false',
    },
  });
  try {
    await waitForSearchSync(stack);
    await waitForBankRuns(stack.base);
    await stack.stopStrapi();
    const count = Number(arg);
    if (count > 0) {
      await withProcessEnv({ ...stack.env, LOG_LEVEL: 'warn', ENV_PATH: join(dir, 'none.env') }, async () => {
        const { createStrapi } = require('@strapi/strapi');
        const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).load();
        try {
          say(`creating ${count} × 2`);
          await createSyntheticAnswers(strapi, count, realisticText(2_000));
          const port = await freePort();
          await strapi.server.mount();
          await new Promise((r) => strapi.server.httpServer.listen(port, '127.0.0.1', r));
          await waitForSearchSync({ ...stack, base: `http://127.0.0.1:${port}` }, 900_000);
          say('reindexing');
          await reindexForBench(strapi);
        } finally {
          await strapi.destroy();
        }
      });
    }
    writeFileSync(
      join(dir, 'env.json'),
      JSON.stringify({ env: stack.env, masterKey: stack.masterKey, botToken: stack.botToken }),
    );
  } finally {
    await stack.stop();
  }
  say('built');
} else {
  const saved = JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8'));
  const { startEmbeddedMeilisearch } = await import(join(ROOT, 'search', 'dist', 'index.js'));
  const meili = await startEmbeddedMeilisearch({
    dataDir: join(dir, 'meilisearch'),
    masterKey: saved.masterKey,
    logFile: join(dir, 'meilisearch.log'),
  });
  const env = { ...saved.env, MEILI_HOST: meili.host };
  try {
    const t0 = performance.now();
    const server = await startStrapi({ env, port: await freePort(), quiet: true });
    const stack = {
      base: server.base,
      env,
      meiliHost: meili.host,
      masterKey: saved.masterKey,
      botToken: saved.botToken,
    };
    try {
      const tHealth = performance.now();
      await waitForSearchSync(stack, 900_000);
      const tReady = performance.now();
      console.log(`  start-up: /_health ${seconds(tHealth - t0)} s, search ready ${seconds(tReady - t0)} s`);
      // As in the bench's fresh system: the start-up bank run (every bank question) before the asks.
      const login = await (
        await fetch(`${server.base}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'asiantuntija@example.fi', password: 'Sisalto-Demo-2026' }),
        })
      ).json();
      const run = await fetch(`${server.base}/analytics-api/question-bank/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` },
        body: '{}',
      });
      if (run.status !== 202) throw new Error(`bank run: ${run.status} ${await run.text()}`);
      await new Promise((r) => setTimeout(r, 1000));
      await waitForBankRuns(server.base);
      await uncachedAsks(stack, server.base, distinct, arg);
      if (dump) {
        const out = [];
        for (const q of distinct) {
          const res = await fetch(`${server.base}/api/bot/ask`, {
            method: 'POST',
            headers: askHeadersOf(stack),
            body: JSON.stringify({ question: q.q, locale: q.locale }),
          });
          const { askId, ...rest } = await res.json();
          out.push(JSON.stringify(rest));
        }
        writeFileSync(dump, out.join('\n') + '\n');
      }
    } finally {
      await server.stopStrapi();
    }
  } finally {
    await meili.stop();
  }
}
