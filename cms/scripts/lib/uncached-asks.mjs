// The uncached ask of `npm run bench` (section 1), shared with measuring scripts that reuse a built base.
import { pctl } from './bench-tools.mjs';

/** A deterministic Zipf(s=1.1) sample of realistic questions: a few asked very often, a long tail. */
export function zipfMix(questions, n, seed = 42) {
  let x = seed;
  const rand = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const weights = questions.map((_, i) => 1 / (i + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const out = [];
  for (let i = 0; i < n; i++) {
    let r = rand() * total;
    let k = 0;
    while (r > weights[k]) {
      r -= weights[k];
      k++;
    }
    out.push(questions[Math.min(k, questions.length - 1)]);
  }
  return out;
}

/** Milliseconds of one POST, response body read; throws on a non-2xx. */
async function timedPost(url, headers, body) {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t0;
}

export const meiliHeadersOf = (stack) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${stack.masterKey}`,
  'accept-encoding': 'identity',
});
export const askHeadersOf = (stack) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${stack.botToken}`,
});

/**
 * The uncached ask: each question once (the answer cache starts empty), one at a time, each right
 * after the same raw question to Meilisearch (the question's locale index, limit 4). Prints both
 * latencies' p50 and p99 and their ratios; returns them.
 */
export async function uncachedAsks(stack, base, questions, label) {
  const meili = [];
  const ask = [];
  for (const q of questions) {
    const meiliUrl = `${stack.meiliHost}/indexes/kb_${q.locale}/search`;
    meili.push(await timedPost(meiliUrl, meiliHeadersOf(stack), JSON.stringify({ q: q.q, limit: 4 })));
    const body = JSON.stringify({ question: q.q, locale: q.locale });
    ask.push(await timedPost(`${base}/api/bot/ask`, askHeadersOf(stack), body));
  }
  const f = (xs, p) => pctl(xs, p).toFixed(1);
  const ratio = (p) => (pctl(ask, p) / pctl(meili, p)).toFixed(2);
  console.log(`  uncached ask, ${label}, ${questions.length} distinct questions one at a time:`);
  console.log(`    Meilisearch  p50 ${f(meili, 50)} ms  p99 ${f(meili, 99)} ms`);
  console.log(`    /api/bot/ask p50 ${f(ask, 50)} ms  p99 ${f(ask, 99)} ms`);
  console.log(`    ratio ask/Meilisearch: p50 ${ratio(50)}×  p99 ${ratio(99)}×  (target p50 ≤ 3×)`);
  return { meili, ask };
}

/**
 * Waits until the question bank's start-up run (every bank question, through the ranking) has
 * finished, so the measurement does not share the CPU with it: a stack started on a new database
 * queues one as soon as its search is ready.
 */
export async function waitForBankRuns(base) {
  const login = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'esihenkilo@example.fi', password: 'Johtaja-Demo-2026' }),
  });
  const headers = { authorization: `Bearer ${(await login.json()).data.token}` };
  // The seed's own run is cut short when it stops ("failed"): the server's run is the one that ends "done".
  const over = (r) => r.status === 'done' || r.status === 'failed';
  for (const t0 = Date.now(); Date.now() - t0 < 900_000; await new Promise((r) => setTimeout(r, 500))) {
    const runs = (await (await fetch(`${base}/analytics-api/question-bank/runs`, { headers })).json()).data;
    if (runs.some((r) => r.status === 'done') && runs.every(over)) return;
  }
  throw new Error('the question bank run did not finish within 15 minutes');
}
