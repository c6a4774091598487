// Measuring helpers shared by `npm run bench` (bench.mjs) and its analytics section (bench-analytics.mjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/** Seconds each autocannon run lasts (BENCH_DURATION, default 10). */
export const DURATION = Number(process.env.BENCH_DURATION ?? 10);

/** The p-th percentile (0–100) of the numbers xs, nearest rank. */
export const pctl = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** POSTs `bodies` round-robin to `url` over `connections` connections for DURATION seconds; resolves with autocannon's result. */
export function cannon({ url, headers, bodies, connections }) {
  return new Promise((resolve, reject) => {
    let i = 0;
    const inst = autocannon(
      {
        url,
        method: 'POST',
        headers,
        connections,
        duration: DURATION,
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on('error', reject);
  });
}

/**
 * Runs `fn` with `vars` in process.env (an in-process Strapi reads its
 * configuration there) and restores the previous environment afterwards, so
 * the next throw-away stack does not inherit this one's database or Meilisearch.
 */
export async function withProcessEnv(vars, fn) {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/**
 * A full reindex for a bench's large knowledge base, tried again (up to `attempts` times) when a
 * request to Meilisearch timed out: on a loaded machine the client's per-request timeout can run out
 * while the in-process CMS or Meilisearch is busy with 20,000 documents. A reindex builds a fresh
 * index and swaps it in, so a retry starts over cleanly. Product timeouts stay as they are.
 */
export async function reindexForBench(strapi, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await strapi.get('botkb-search').reindex();
    } catch (error) {
      const timedOut = /timed out/i.test(`${error?.message} ${error?.cause?.message}`);
      if (!timedOut || attempt >= attempts) throw error;
      console.log(`  reindex: a Meilisearch request timed out (attempt ${attempt} of ${attempts}), starting over`);
      await new Promise((r) => setTimeout(r, 5_000));
    }
  }
}
