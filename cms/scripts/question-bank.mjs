#!/usr/bin/env node
// `npm run question-bank`: runs the question bank (regression questions for content) and prints
// pass rate, hit@1, hit@3 and false answers per locale and the failing questions; exits non-zero
// when a locale's hit@1 is below --min-hit1 (default 0.8) or the run fails.
//
// Against a running system: BOTKB_URL (e.g. http://localhost:1337) and a content expert's login,
// BOTKB_EMAIL + BOTKB_PASSWORD (or BOTKB_ADMIN_JWT). Without BOTKB_URL it starts a throw-away
// system with the demo content and demo bank (like `npm run eval`).
// Options: --content published|drafts (default published), --min-hit1 <0..1>.
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { content: { type: 'string', default: 'published' }, 'min-hit1': { type: 'string', default: '0.8' } },
});
const minHit1 = Number(args['min-hit1']);
if (!(minHit1 >= 0 && minHit1 <= 1)) throw new Error('--min-hit1 must be a number from 0 to 1');
if (!['published', 'drafts'].includes(args.content)) throw new Error('--content must be published or drafts');

const json = async (res) => {
  if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
};

async function login(base, email, password) {
  const body = await json(
    await fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  return body.data.token;
}

/** Queues a run, follows its progress, returns the finished run with its results. */
async function runBank(base, jwt) {
  const headers = { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' };
  const started = Date.now();
  const { data: queued } = await json(
    await fetch(`${base}/analytics-api/question-bank/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ content: args.content }),
    }),
  );
  for (;;) {
    const { data: run } = await json(await fetch(`${base}/analytics-api/question-bank/runs/${queued.id}`, { headers }));
    if (['done', 'failed', 'interrupted'].includes(run.status)) return { run, seconds: (Date.now() - started) / 1000 };
    if (process.stdout.isTTY) process.stdout.write(`\r  run ${run.id}: ${run.status} ${run.done}/${run.questions}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const pct = (x) => `${(x * 100).toFixed(1).padStart(5)} %`;

/** Prints the figures; returns the exit code. */
function report({ run, seconds }) {
  if (process.stdout.isTTY) process.stdout.write('\n');
  if (run.status !== 'done') {
    console.error(`✖ run ${run.id} ${run.status}: ${run.error}`);
    return 1;
  }
  console.log(`question bank run ${run.id} (${run.content}): ${run.questions} questions in ${seconds.toFixed(1)} s`);
  console.log('locale  questions  passed   hit@1    hit@3    false answers');
  let code = 0;
  for (const [locale, t] of Object.entries(run.totals)) {
    const falses = `${t.falseAnswers}/${t.outOfScope}`;
    console.log(
      `${locale.padEnd(7)} ${String(t.questions).padStart(9)}  ${pct(t.passRate)}  ${pct(t.hit1)}  ${pct(t.hit3)}  ${falses}`,
    );
    if (t.inScope > 0 && t.hit1 < minHit1) code = 1;
  }
  const failing = run.results.filter((r) => !r.passed);
  console.log(`\nfailing questions (${failing.length}):`);
  for (const r of failing) {
    const got = r.answer ? r.answer.slug : `(unanswered) ${r.top.slice(0, 3).join(', ')}`;
    console.log(`  [${r.locale}] ${r.question} → ${got}; expected ${r.expected.join('|') || 'no answer'}`);
  }
  if (code) console.error(`\n✖ hit@1 below ${minHit1} in at least one locale`);
  return code;
}

if (process.env.BOTKB_URL) {
  const base = process.env.BOTKB_URL.replace(/\/$/, '');
  const jwt = process.env.BOTKB_ADMIN_JWT ?? (await login(base, process.env.BOTKB_EMAIL, process.env.BOTKB_PASSWORD));
  process.exit(report(await runBank(base, jwt)));
} else {
  const { withTempStack } = await import('./lib/temp-stack.mjs');
  const { DEMO_LOGINS } = await import('../../seeds/dist/index.js');
  let code = 0;
  await withTempStack(async (stack) => {
    const expert = DEMO_LOGINS.find((l) => l.role === 'strapi-editor');
    code = report(await runBank(stack.base, await login(stack.base, expert.email, expert.password)));
  });
  process.exit(code);
}
