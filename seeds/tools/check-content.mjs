#!/usr/bin/env node
// Checks every demo-content file under seeds/content against FORMAT.md.
// Usage: node seeds/tools/check-content.mjs   (exit 1 on any error)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'content');
const LOCALES = ['fi', 'sv'];
const AUDIENCES = new Set(['resident', 'professional', 'business', 'city']);
const HANDOFFS = new Set(['live_chat', 'callback', 'video', 'phone']);
const KINDS = new Set(['national_service', 'helpline', 'ngo', 'portal']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const errors = [];
const err = (file, where, msg) => errors.push(`${file}: ${where}: ${msg}`);

function load(rel) {
  const file = join(root, rel);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    err(rel, 'file', `invalid JSON (${e.message})`);
    return null;
  }
}
const listDir = (d) =>
  existsSync(join(root, d))
    ? readdirSync(join(root, d))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${d}/${f}`)
    : [];
const words = (s) =>
  String(s)
    .replace(/[#*_`>\-[\]()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
const text = (v) => typeof v === 'string' && v.trim().length > 0;

const topics = load('topics.json') ?? [];
const partners = load('partners.json') ?? [];
const topicSlugs = new Set(topics.map((t) => t.slug));
const partnerSlugs = new Set(partners.map((p) => p.slug));
topics.forEach((t, i) => {
  if (!SLUG.test(t.slug ?? '')) err('topics.json', `#${i}`, 'bad slug');
  for (const l of LOCALES) if (!text(t.name?.[l])) err('topics.json', t.slug, `name.${l} missing`);
});
partners.forEach((p, i) => {
  const w = p.slug ?? `#${i}`;
  if (!SLUG.test(p.slug ?? '')) err('partners.json', w, 'bad slug');
  if (!text(p.name)) err('partners.json', w, 'name missing');
  if (!/^https:\/\//.test(p.url ?? '')) err('partners.json', w, 'url must be https://…');
  if (!KINDS.has(p.kind)) err('partners.json', w, `kind must be one of ${[...KINDS]}`);
  for (const l of LOCALES) if (!text(p.description?.[l])) err('partners.json', w, `description.${l} missing`);
});

const seen = new Map();
function identity(file, rec, i) {
  const w = rec.slug ?? `#${i}`;
  if (!SLUG.test(rec.slug ?? '')) err(file, w, 'bad slug');
  if (seen.has(rec.slug)) err(file, w, `duplicate slug (also in ${seen.get(rec.slug)})`);
  seen.set(rec.slug, file);
  if (!AUDIENCES.has(rec.audience)) err(file, w, `audience must be one of ${[...AUDIENCES]}`);
  if (topics.length && !topicSlugs.has(rec.topic)) err(file, w, `unknown topic "${rec.topic}"`);
  if (rec.reviewDue != null && !/^\d{4}-\d{2}-\d{2}$/.test(rec.reviewDue)) err(file, w, 'reviewDue must be YYYY-MM-DD');
  return w;
}

const answerFiles = listDir('answers');
const answers = [];
for (const f of answerFiles) {
  const recs = load(f);
  if (!Array.isArray(recs)) {
    if (recs) err(f, 'file', 'must be an array');
    continue;
  }
  recs.forEach((a, i) => {
    const w = identity(f, a, i);
    answers.push(a);
    if (a.handoff != null && !HANDOFFS.has(a.handoff)) err(f, w, `handoff must be null or one of ${[...HANDOFFS]}`);
    if (!Array.isArray(a.partners)) err(f, w, 'partners must be an array');
    else if (partners.length) for (const p of a.partners) if (!partnerSlugs.has(p)) err(f, w, `unknown partner "${p}"`);
    if (!text(a.owner)) err(f, w, 'owner missing');
    for (const l of LOCALES) {
      const loc = a[l];
      if (!loc) {
        err(f, w, `${l} missing`);
        continue;
      }
      if (!text(loc.title)) err(f, w, `${l}.title missing`);
      const n = words(loc.body ?? '');
      if (n < 40 || n > 150) err(f, w, `${l}.body has ${n} words (40–150)`);
      const ph = loc.phrasings;
      if (!Array.isArray(ph) || ph.length < 3 || ph.length > 8) err(f, w, `${l}.phrasings must have 3–8 entries`);
      else if (new Set(ph.map((s) => s.toLowerCase())).size !== ph.length) err(f, w, `${l}.phrasings has duplicates`);
    }
  });
}
const answerSlugs = new Set(answers.map((a) => a.slug));

for (const f of listDir('paths')) {
  const recs = load(f);
  if (!Array.isArray(recs)) {
    if (recs) err(f, 'file', 'must be an array');
    continue;
  }
  recs.forEach((p, i) => {
    const w = identity(f, p, i);
    for (const l of LOCALES) {
      if (!text(p.name?.[l])) err(f, w, `name.${l} missing`);
      if (!text(p.description?.[l])) err(f, w, `description.${l} missing`);
    }
    const steps = Array.isArray(p.steps) ? p.steps : [];
    if (steps.length < 2 || steps.length > 5) err(f, w, `has ${steps.length} steps (2–5)`);
    const keys = new Set();
    for (const s of steps) {
      if (!SLUG.test(s.key ?? '')) err(f, w, `step key "${s.key}" must be lowercase-kebab`);
      if (keys.has(s.key)) err(f, w, `step key "${s.key}" repeated`);
      keys.add(s.key);
      for (const l of LOCALES) if (!text(s.prompt?.[l])) err(f, w, `step "${s.key}" prompt.${l} missing`);
      const opts = Array.isArray(s.options) ? s.options : [];
      if (opts.length < 1) err(f, w, `step "${s.key}" has no options`);
      opts.forEach((o, j) => {
        for (const l of LOCALES) if (!text(o.label?.[l])) err(f, w, `step "${s.key}" option ${j} label.${l} missing`);
        const t = o.to ?? {};
        const kinds = Object.keys(t);
        if (kinds.length !== 1) {
          err(f, w, `step "${s.key}" option ${j} must have exactly one target`);
          return;
        }
        const [k] = kinds;
        if (k === 'answer' && answerFiles.length && !answerSlugs.has(t.answer))
          err(f, w, `step "${s.key}" option ${j}: unknown answer "${t.answer}"`);
        if (k === 'partner' && partners.length && !partnerSlugs.has(t.partner))
          err(f, w, `step "${s.key}" option ${j}: unknown partner "${t.partner}"`);
        if (k === 'handoff' && !HANDOFFS.has(t.handoff))
          err(f, w, `step "${s.key}" option ${j}: bad handoff "${t.handoff}"`);
        if (k === 'end' && t.end !== true) err(f, w, `step "${s.key}" option ${j}: end must be true`);
        if (!['answer', 'partner', 'handoff', 'end', 'step'].includes(k))
          err(f, w, `step "${s.key}" option ${j}: unknown target kind "${k}"`);
      });
    }
    // graph rules (same as the CMS validator)
    for (const s of steps)
      for (const o of s.options ?? [])
        if (o.to?.step !== undefined && !keys.has(o.to.step))
          err(f, w, `step "${s.key}" points to missing step "${o.to.step}"`);
    const reached = new Set(steps.slice(0, 1).map((s) => s.key));
    for (const s of steps) for (const o of s.options ?? []) if (o.to?.step) reached.add(o.to.step);
    for (const s of steps.slice(1)) if (!reached.has(s.key)) err(f, w, `step "${s.key}" is not reached by any option`);
    const exits = new Set(
      steps.filter((s) => (s.options ?? []).some((o) => o.to && o.to.step === undefined)).map((s) => s.key),
    );
    let grew = true;
    while (grew) {
      grew = false;
      for (const s of steps)
        if (!exits.has(s.key) && (s.options ?? []).some((o) => exits.has(o.to?.step))) {
          exits.add(s.key);
          grew = true;
        }
    }
    for (const s of steps) if (!exits.has(s.key)) err(f, w, `step "${s.key}" is in a loop with no way out`);
  });
}

const count = (arr, aud) => arr.filter((r) => r.audience === aud).length;
console.log(
  `topics ${topics.length}, partners ${partners.length}, answers ${answers.length} (${[...AUDIENCES].map((a) => `${a} ${count(answers, a)}`).join(', ')}), paths ${[...seen.values()].filter((f) => f.startsWith('paths/')).length}`,
);
if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('content OK');
