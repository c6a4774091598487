#!/usr/bin/env node
// `npm run bench`: performance figures in one run, on this machine, as ratios
// against references measured in the same run.
//  1. /api/bot/ask vs the same queries straight to Meilisearch (autocannon,
//     concurrency 1 and 10, Zipf-distributed mix of realistic questions)
//  2. publish → searchable latency over 50 publishes (admin panel API)
//  3. full reindex of 10,000 answers × 2 locales under search load
//  4. analytics ingestion and report latency at 10 M events, on SQLite and
//     on PostgreSQL (a private cluster; BENCH_SECTIONS=1,2,3,4 chooses)
//  5. two CMS instances behind HAProxy vs one, on a private PostgreSQL
//     (same Zipf mix, uncached and steady state; BENCH_SECTIONS=5)
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { say, ROOT, CMS } from './lib/steps.mjs';
import { withTempStack, startTempStack, freePort } from './lib/temp-stack.mjs';
import { startPrivatePostgres } from './lib/private-postgres.mjs';
import { analyticsBench } from './bench-analytics.mjs';
import { startStrapi, waitForSearchSync } from './lib/stack.mjs';
import { createSyntheticAnswers, realisticText, shortText } from './lib/synthetic-answers.mjs';
import { cannon, pctl, reindexForBench, withProcessEnv } from './lib/bench-tools.mjs';
import { askHeadersOf, meiliHeadersOf, uncachedAsks, waitForBankRuns, zipfMix } from './lib/uncached-asks.mjs';

const require = createRequire(import.meta.url);
const REINDEX_ANSWERS = Number(process.env.BENCH_REINDEX_ANSWERS ?? 10_000);
/** Synthetic answers (× 2 locales) of section 1's large knowledge base; 0 skips that part. */
const ASK_BASE_ANSWERS = Number(process.env.BENCH_ASK_ANSWERS ?? 10_000);

const fmt = (r) =>
  `${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;

async function throughput(stack, questions) {
  const mix = zipfMix(
    questions.filter((q) => q.expect.length),
    5000,
  );
  const askBodies = mix.map((q) => JSON.stringify({ question: q.q, locale: q.locale }));
  const meiliBodies = mix.map((q) => JSON.stringify({ q: q.q, limit: 4 }));
  await waitForBankRuns(stack.base);
  console.log('\n1. Bot API vs Meilisearch (same Zipf mix, raw question to Meilisearch)');
  const askHeaders = askHeadersOf(stack);
  const meiliHeaders = meiliHeadersOf(stack);
  // Cold path first: every distinct question once, nothing cached (the answer cache starts empty).
  const distinct = [...new Set(mix)];
  await uncachedAsks(stack, stack.base, distinct, 'demo content');
  console.log('  steady state (answer cache warm from the pass above; it is cleared on every index change):');
  for (const connections of [1, 10]) {
    const meili = await cannon({
      url: `${stack.meiliHost}/indexes/kb_fi/search`,
      connections,
      bodies: meiliBodies,
      headers: meiliHeaders,
    });
    const ask = await cannon({ url: `${stack.base}/api/bot/ask`, connections, bodies: askBodies, headers: askHeaders });
    console.log(`  c=${String(connections).padEnd(2)} Meilisearch  ${fmt(meili)}`);
    console.log(`  c=${String(connections).padEnd(2)} /api/bot/ask ${fmt(ask)}`);
    console.log(
      `  c=${String(connections).padEnd(2)} ratio ask/meili: throughput ${(ask.requests.average / meili.requests.average).toFixed(2)}×, p99 ${(ask.latency.p99 / Math.max(meili.latency.p99, 1)).toFixed(2)}×`,
    );
  }
  return distinct;
}

/**
 * The uncached ask on a large knowledge base: a second throw-away system with the demo content
 * plus ASK_BASE_ANSWERS synthetic answers × 2 locales of ~2 KB each, indexed, and Strapi started
 * afresh on it (empty answer cache); then the same distinct questions as on the demo content.
 */
async function uncachedAsksOnLargeBase(questions) {
  say('starting a second throw-away system for the large knowledge base');
  const stack = await startTempStack();
  try {
    await waitForBankRuns(stack.base);
    await stack.stopStrapi();
    const env = { ...stack.env, LOG_LEVEL: 'warn', ENV_PATH: join(stack.dir, 'none.env') };
    await withProcessEnv(env, async () => {
      say(`creating ${ASK_BASE_ANSWERS} synthetic answers × 2 locales (~2 KB each) and indexing them`);
      const { strapi } = await loadSyntheticBase(stack, ASK_BASE_ANSWERS, realisticText(2_000));
      try {
        await reindexForBench(strapi);
      } finally {
        await strapi.destroy();
      }
    });
    say('starting Strapi on it');
    const server = await startStrapi({ env: stack.env, port: await freePort(), quiet: true });
    try {
      await waitForSearchSync({ ...stack, base: server.base }, 900_000);
      await waitForBankRuns(server.base);
      const label = `demo content + ${ASK_BASE_ANSWERS} × 2 synthetic entries`;
      await uncachedAsks(stack, server.base, questions, label);
    } finally {
      await server.stopStrapi();
    }
  } finally {
    await stack.stop();
  }
}

async function publishLatency(stack) {
  const login = await (
    await fetch(`${stack.base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'asiantuntija@example.fi', password: 'Sisalto-Demo-2026' }),
    })
  ).json();
  const jwt = login.data.token;
  const cm = `${stack.base}/content-manager/collection-types/api::answer.answer`;
  const h = { 'content-type': 'application/json', authorization: `Bearer ${jwt}` };
  const latencies = [];
  for (let i = 0; i < 50; i++) {
    const word = `benchmarkvastaus${i}x${Date.now() % 100000}`;
    const created = await (
      await fetch(`${cm}?locale=fi`, {
        method: 'POST',
        headers: h,
        body: JSON.stringify({
          slug: `bench-${word}`,
          title: `Testiotsikko ${word}`,
          body: `Mittausvastaus ${word}.`,
          audience: 'resident',
        }),
      })
    ).json();
    const published = await fetch(`${cm}/${created.data.documentId}/actions/publish?locale=fi`, {
      method: 'POST',
      headers: h,
      body: '{}',
    });
    if (!published.ok) throw new Error(`publish failed: ${published.status}`);
    const t0 = performance.now();
    for (;;) {
      const res = await (
        await fetch(`${stack.base}/api/bot/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.botToken}` },
          body: JSON.stringify({ question: word, locale: 'fi' }),
        })
      ).json();
      if (res.answer?.slug === `bench-${word}`) break;
      if (performance.now() - t0 > 30_000) throw new Error(`not searchable after 30 s: ${word}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    latencies.push(performance.now() - t0);
  }
  console.log(
    `\n2. Publish → searchable over 50 publishes: p50 ${pctl(latencies, 50).toFixed(0)} ms, p95 ${pctl(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (target p95 ≤ 1000 ms)`,
  );
}

async function reindexUnderLoad(stack) {
  // Stop the server and work in-process against the same database and Meilisearch.
  await stack.stopStrapi();
  await withProcessEnv({ ...stack.env, LOG_LEVEL: 'warn', ENV_PATH: join(stack.dir, 'none.env') }, () =>
    reindexInProcess(stack),
  );
}

/**
 * An in-process Strapi on the stack's database and Meilisearch with `count` synthetic answers × 2
 * locales added, serving on a free port once its search runtime has read them all.
 */
async function loadSyntheticBase(stack, count, text) {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).load();
  try {
    await createSyntheticAnswers(strapi, count, text);
    const port = await freePort();
    await strapi.server.mount();
    await new Promise((r) => strapi.server.httpServer.listen(port, '127.0.0.1', r));
    // Wait until this instance's search runtime is up (it reads the new entries first).
    await waitForSearchSync({ ...stack, base: `http://127.0.0.1:${port}` }, 900_000);
    return { strapi, port };
  } catch (error) {
    await strapi.destroy();
    throw error;
  }
}

async function reindexInProcess(stack) {
  say(`creating ${REINDEX_ANSWERS} synthetic answers × 2 locales`);
  const { strapi, port } = await loadSyntheticBase(stack, REINDEX_ANSWERS, shortText);
  try {
    let searches = 0;
    let failed = 0;
    let running = true;
    const loop = async () => {
      while (running) {
        const res = await fetch(`http://127.0.0.1:${port}/api/bot/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.botToken}` },
          body: JSON.stringify({ question: `hammaslääkäri aika ${searches % 50}`, locale: searches % 2 ? 'fi' : 'sv' }),
        });
        searches += 1;
        if (res.status !== 200) {
          failed += 1;
          if (failed <= 3) console.log(`  failed search: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
        } else await res.arrayBuffer();
      }
    };
    const loops = [loop(), loop()];
    const t0 = performance.now();
    const counts = await strapi.get('botkb-search').reindex((p) => {
      if (p.phase !== 'indexing') say(`  ${p.locale}: ${p.phase} ${p.indexed}`);
    });
    const seconds = (performance.now() - t0) / 1000;
    running = false;
    await Promise.all(loops);
    console.log(
      `\n3. Full reindex of ${counts.fi} fi + ${counts.sv} sv entries: ${seconds.toFixed(1)} s (target ≤ 60 s); ${searches} searches during it, ${failed} failed`,
    );
  } finally {
    await strapi.destroy();
  }
}

/**
 * One instance vs two behind HAProxy (the README's set-up), both on one
 * private PostgreSQL and one Meilisearch; each through its own HAProxy so the
 * proxy's cost is in both figures.
 */
async function twoInstances(questions) {
  say('starting a private PostgreSQL cluster');
  const pg = await startPrivatePostgres();
  const { startHaproxy } = require('./lib/haproxy.cjs');
  const stops = [];
  try {
    const a = await startTempStack(pg.env);
    stops.push(a.stop);
    const b = await startStrapi({ env: a.env, port: await freePort(), quiet: true });
    stops.push(b.stopStrapi);
    const serverA = { name: 'a', port: Number(new URL(a.base).port) };
    const serverB = { name: 'b', port: Number(new URL(b.base).port) };
    const one = startHaproxy({ dir: a.dir, port: await freePort(), servers: [serverA] });
    stops.push(one.stop);
    const bothDir = join(a.dir, 'two');
    mkdirSync(bothDir);
    const two = startHaproxy({ dir: bothDir, port: await freePort(), servers: [serverA, serverB] });
    stops.push(two.stop);
    for (const base of [a.base, b.base]) {
      while ((await fetch(`${base}/_ready`)).status !== 204) await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1_000)); // HAProxy: two passed checks
    const mix = zipfMix(
      questions.filter((q) => q.expect.length),
      5000,
    );
    const bodies = mix.map((q) => JSON.stringify({ question: q.q, locale: q.locale }));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${a.botToken}` };
    console.log('\n5. One CMS instance vs two behind HAProxy (PostgreSQL, same Zipf mix, c=10)');
    const runs = {};
    for (const [label, lb] of [
      ['one instance ', one],
      ['two instances', two],
    ]) {
      runs[label] = await cannon({ url: `${lb.url}/api/bot/ask`, connections: 10, bodies, headers });
      console.log(`  ${label} ${fmt(runs[label])}`);
    }
    const [r1, r2] = Object.values(runs);
    const ratio = (r2.requests.average / r1.requests.average).toFixed(2);
    const p99 = (r2.latency.p99 / Math.max(r1.latency.p99, 1)).toFixed(2);
    console.log(`  two/one: throughput ${ratio}×, p99 ${p99}× (both instances share this machine's cores)`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    pg.stop();
  }
}

await withTempStack(async (stack) => {
  const questions = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'eval-questions.json'), 'utf8'));
  const sections = (process.env.BENCH_SECTIONS ?? '1,2,3,4').split(',');
  if (sections.includes('1')) {
    const distinct = await throughput(stack, questions);
    if (ASK_BASE_ANSWERS > 0) await uncachedAsksOnLargeBase(distinct);
  }
  if (sections.includes('5')) await twoInstances(questions);
  if (sections.includes('2')) await publishLatency(stack);
  if (sections.includes('3')) await reindexUnderLoad(stack);
  if (sections.includes('4')) {
    // Fresh stacks: section 3 leaves 20k synthetic answers behind.
    const sqlite = await startTempStack();
    try {
      await analyticsBench(sqlite, 'SQLite');
    } finally {
      await sqlite.stop();
    }
    if (process.env.BENCH_POSTGRES !== 'false') {
      say('starting a private PostgreSQL cluster');
      const pg = await startPrivatePostgres();
      try {
        const stack = await startTempStack(pg.env);
        try {
          await analyticsBench(stack, 'PostgreSQL');
        } finally {
          await stack.stop();
        }
      } finally {
        pg.stop();
      }
    }
  }
});
