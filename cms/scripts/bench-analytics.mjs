// Section 4 of `npm run bench`: analytics on one database.
//  a. ingestion: POST /api/bot/events, batches of 100 new events, concurrency 4
//     (reference: the same batches replayed, i.e. everything but the writes)
//  b. reports at BENCH_EVENTS (default 10,000,000) events: the generated
//     history is loaded in-process through the live ingestion code, then
//     report latencies over HTTP (reference: GET /analytics-api/me, the same
//     auth with no report; and one raw-event scan for the same numbers)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { say, ROOT, CMS } from './lib/steps.mjs';
import { freePort } from './lib/temp-stack.mjs';
import { cannon, pctl, DURATION, withProcessEnv } from './lib/bench-tools.mjs';

const require = createRequire(import.meta.url);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);

function batches(count, seed) {
  const { generateUsage, usageContentFromDemo } = require(join(ROOT, 'seeds', 'dist'));
  const out = [];
  let batch = [];
  for (const item of generateUsage(usageContentFromDemo(), { seed, end: new Date(), months: 3, scale: 20 })) {
    if (item.kind !== 'event') continue;
    batch.push(item.event);
    if (batch.length === 100) {
      out.push(JSON.stringify({ events: batch }));
      batch = [];
      if (out.length === count) break;
    }
  }
  return out;
}

async function ingestion(stack, label) {
  const bodies = batches(4000, 77);
  const url = `${stack.base}/api/bot/events`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${stack.botToken}` };
  const fresh = await cannon({ url, headers, bodies, connections: 4 });
  const sent = Math.min(fresh.requests.total, bodies.length);
  const replay = await cannon({ url, headers, bodies: bodies.slice(0, sent), connections: 4 });
  const rate = (r) => (r['2xx'] * 100) / DURATION;
  console.log(
    `  ${label} ingestion, batches of 100 at c=4: ${rate(fresh).toFixed(0)} events/s (target ≥ 5,000), p50 ${fresh.latency.p50} ms, p99 ${fresh.latency.p99} ms, non-2xx ${fresh.non2xx}`,
  );
  console.log(
    `  ${label}   reference, same batches replayed (no writes): ${rate(replay).toFixed(0)} events/s → writes cost ${(1 - rate(fresh) / Math.max(rate(replay), 1)).toFixed(2)} of the throughput`,
  );
  if (sent >= bodies.length)
    console.log(`  (all ${bodies.length} prepared batches were sent; raise the count for a longer run)`);
}

async function timed(url, jwt, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${jwt}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  return { p50: pctl(times, 50), p95: pctl(times, 95) };
}

async function reportsAtScale(stack, label) {
  await stack.stopStrapi();
  await withProcessEnv(
    { ...stack.env, LOG_LEVEL: 'warn', ENV_PATH: join(stack.dir, 'none.env'), CRON_ENABLED: 'false' },
    () => reportsInProcess(stack, label),
  );
}

async function reportsInProcess(stack, label) {
  const { createStrapi } = require('@strapi/strapi');
  const { generateUsage, usageContentFromDemo, estimateUsageEvents, DEMO_LOGINS } = require(
    join(ROOT, 'seeds', 'dist'),
  );
  const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).load();
  try {
    const content = usageContentFromDemo();
    const base = { seed: 4242, end: new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000), months: 24 };
    const scale = EVENTS / estimateUsageEvents({ ...base, scale: 1 });
    const opts = { ...base, scale };
    const total = estimateUsageEvents(opts);
    say(`${label}: loading ≈${(total / 1e6).toFixed(1)} M generated events (24 months) through the ingestion code`);
    const t0 = performance.now();
    let last = 0;
    const loaded = await strapi.get('botkb-analytics').importHistory(generateUsage(content, opts), {
      batchSize: 10_000,
      onProgress: (p) => {
        if (p.events - last < 500_000) return;
        last = p.events;
        const s = (performance.now() - t0) / 1000;
        say(
          `  ${label}: ${(p.events / 1e6).toFixed(1)} M events, ${(p.asks / 1e6).toFixed(2)} M questions, ${s.toFixed(0)} s (${(p.events / s).toFixed(0)} events/s)`,
        );
      },
    });
    const loadSeconds = (performance.now() - t0) / 1000;
    const port = await freePort();
    await strapi.server.mount();
    await new Promise((r) => strapi.server.httpServer.listen(port, '127.0.0.1', r));
    const url = `http://127.0.0.1:${port}`;
    const { email, password } = DEMO_LOGINS.find((l) => l.role === 'botkb-manager');
    const login = await (
      await fetch(`${url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json();
    const jwt = login.data.token;
    const knex = strapi.db.connection;
    const rawT0 = performance.now();
    await knex('botkb_events')
      .select(knex.raw('substr(day, 1, 7) as month'))
      .count({ n: '*' })
      .where('type', 'conversation_started')
      .groupByRaw('substr(day, 1, 7)');
    const rawMs = performance.now() - rawT0;
    const [{ n: rollupRows }] = await knex('botkb_rollup_daily').count({ n: '*' });
    console.log(
      `  ${label} loaded ${(loaded.events / 1e6).toFixed(2)} M events + ${(loaded.asks / 1e6).toFixed(2)} M questions in ${loadSeconds.toFixed(0)} s (${(loaded.events / loadSeconds).toFixed(0)} events/s in-process); daily rollup rows: ${Number(rollupRows).toLocaleString('en')}`,
    );
    const reference = await timed(`${url}/analytics-api/me`, jwt, 100);
    console.log(
      `  ${label}   reference GET /analytics-api/me (auth only): p50 ${reference.p50.toFixed(1)} ms, p95 ${reference.p95.toFixed(1)} ms; one raw scan of the events for monthly conversations: ${rawMs.toFixed(0)} ms`,
    );
    for (const [name, path] of [
      ['monthly usage (default 13-month range)', '/analytics-api/monthly-usage'],
      [
        'monthly usage, 24 months, by channel',
        `/analytics-api/monthly-usage?from=${new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10)}&breakdown=channel`,
      ],
      [
        'monthly usage, partial months (days)',
        `/analytics-api/monthly-usage?from=${new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10)}`,
      ],
      ['path performance', '/analytics-api/path-performance'],
      ['unanswered groups', '/analytics-api/unanswered?pageSize=25'],
      ['savings', '/analytics-api/savings'],
    ]) {
      const r = await timed(`${url}${path}`, jwt, 100);
      console.log(
        `  ${label}   ${name.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  (${(r.p95 / reference.p95).toFixed(1)}× reference p95; target p95 ≤ 100 ms for monthly usage)`,
      );
    }
  } finally {
    await strapi.destroy();
  }
}

/** Runs the analytics bench against a started temp stack (which it stops part-way). */
export async function analyticsBench(stack, label) {
  console.log(`\n4. Analytics on ${label}`);
  await ingestion(stack, label);
  await reportsAtScale(stack, label);
}
