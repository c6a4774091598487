#!/usr/bin/env node
// `node cms/scripts/grouping-splits.mjs [fi|sv] [--rephrasings]` (after a build, e.g. `node cms/scripts/ensure.mjs`):
// why the demo history's unanswered questions split. Runs them through the grouping rule in order and prints,
// per generator intent with more than one group, each group's first keys and a question of each; for every
// later group, how well each of its first key's terms is covered by the intent's first group (termSimilarity),
// and every group holding more than one intent. The demo texts are generated: no personal data.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './lib/steps.mjs';

const require = createRequire(import.meta.url);
const dist = (...path) => require(join(ROOT, ...path));
const seeds = dist('seeds', 'dist', 'index.js');
const { questionKey } = dist('cms', 'dist', 'src', 'analytics', 'question-key.js');
const { groupLabelledQuestions } = dist('cms', 'dist', 'src', 'analytics', 'group-labelled-questions.js');
const { termSimilarity } = dist('cms', 'dist', 'src', 'analytics', 'term-similarity.js');

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
// `--rephrasings`: with residents' rewordings too (rephrase-links.ts), as the ask rollup groups them.
const rephrasings = process.argv.includes('--rephrasings');
const keyOf = (locale, text) => questionKey({ locale }, text) || text.toLowerCase();
const asked = seeds.labelledUnansweredQuestions({ end: new Date('2026-10-31T22:00:00Z') });
const groups = groupLabelledQuestions(
  asked.filter((q) => !only || q.locale === only),
  keyOf,
  { rephrasings },
).map((g) => {
  // Each key with the first question of the group that has it.
  const keys = new Map(g.keys.map((key) => [key, [...g.texts.keys()].find((t) => keyOf(g.locale, t) === key)]));
  return { id: g.id, locale: g.locale, keys, intents: new Set(g.intents.keys()) };
});

const show = (g) =>
  [...g.keys]
    .slice(0, 3)
    .map(([key, text]) => `[${key}] "${text}"`)
    .join(' | ');
/** Each term of `key` with the term of `group`'s keys that covers it best and how well (0 = not at all). */
function coverage(key, group) {
  return key
    .split(' ')
    .map((t) => {
      let best = { u: '-', s: 0 };
      for (const k of group.keys.keys()) {
        for (const u of k.split(' ')) {
          const s = termSimilarity(t, u);
          if (s > best.s) best = { u, s };
        }
      }
      return `${t}~${best.u} ${best.s.toFixed(2)}`;
    })
    .join(', ');
}

for (const locale of ['fi', 'sv'].filter((l) => !only || l === only)) {
  const byIntent = new Map();
  for (const g of groups.filter((x) => x.locale === locale)) {
    for (const intent of g.intents) byIntent.set(intent, [...(byIntent.get(intent) ?? []), g]);
  }
  for (const [intent, list] of [...byIntent].sort(([a], [b]) => a - b)) {
    if (list.length < 2) continue;
    console.log(`\n${locale} intent ${intent}: ${list.length} groups`);
    for (const g of list) {
      const mixed = g.intents.size > 1 ? ` (intents ${[...g.intents].join(', ')})` : '';
      console.log(`  group ${g.id}${mixed}: ${show(g)}`);
      if (g !== list[0]) console.log(`    vs group ${list[0].id}: ${coverage([...g.keys.keys()][0], list[0])}`);
    }
  }
  const all = groups.filter((g) => g.locale === locale);
  const mixed = all.filter((g) => g.intents.size > 1);
  console.log(`\n${locale}: ${all.length} groups for ${byIntent.size} intents, ${mixed.length} holding more than one`);
}
