import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';
import { assignOptionKeys } from '../../src/guidance/assign-option-keys';

const PATHS = 'guidance_paths';
const PATH_STEPS = 'guidance_paths_cmps';
const STEPS = 'components_guidance_steps';
const STEP_OPTIONS = 'components_guidance_steps_cmps';
const OPTIONS = 'components_guidance_options';
const SEARCH_JOBS = 'search_jobs';
export interface StoredOption {
  id: number;
  label: string | null;
  key: string | null;
}
interface StoredStep {
  key: string;
  options: StoredOption[];
}

/** Every stored version of every path (document, locale, draft or published) with its steps and options in order. */
async function storedPaths(knex: Knex): Promise<Map<string, Map<string, StoredStep[]>>> {
  const rows = (await knex(`${PATHS} as p`)
    .join(`${PATH_STEPS} as ps`, function joinSteps() {
      this.on('ps.entity_id', 'p.id').andOnVal('ps.field', 'steps');
    })
    .join(`${STEPS} as s`, 's.id', 'ps.cmp_id')
    .join(`${STEP_OPTIONS} as so`, function joinOptions() {
      this.on('so.entity_id', 's.id').andOnVal('so.field', 'options');
    })
    .join(`${OPTIONS} as o`, 'o.id', 'so.cmp_id')
    .select('p.document_id', 'p.locale', 'p.published_at', 's.key as step', 'o.id', 'o.label', 'o.key')
    .orderBy([{ column: 'p.id' }, { column: 'ps.order' }, { column: 'so.order' }])) as Array<Record<string, any>>;
  // version "documentId|draft" → locale → steps
  const versions = new Map<string, Map<string, StoredStep[]>>();
  for (const r of rows) {
    const version = `${r.document_id}|${r.published_at === null ? 'draft' : 'published'}`;
    const locales = versions.get(version) ?? new Map<string, StoredStep[]>();
    versions.set(version, locales);
    const steps = locales.get(r.locale) ?? [];
    locales.set(r.locale, steps);
    let step = steps.find((s) => s.key === r.step);
    if (!step) steps.push((step = { key: r.step, options: [] }));
    step.options.push({ id: r.id, label: r.label, key: r.key });
  }
  return versions;
}

/**
 * The keys a draft's Finnish options inherit from the published version of the same step: by the same
 * label, else (a relabelled option) by position when that published option's label is not in the draft.
 * So publishing a draft keeps the keys bots and the path_option counts already use.
 */
export function inheritPublishedKeys(draft: StoredOption[], published: StoredOption[]): StoredOption[] {
  const label = (o: StoredOption) => (o.label ?? '').trim().toLocaleLowerCase('fi');
  const draftLabels = new Set(draft.map(label));
  const used = new Set<number>();
  const byLabel = draft.map((o) => {
    const match = published.find((p) => !used.has(p.id) && p.key && label(p) === label(o));
    if (match) used.add(match.id);
    return match;
  });
  return draft.map((o, j) => {
    if (o.key) return o;
    const byPlace = published[j];
    const placeFree = !!byPlace?.key && !used.has(byPlace.id) && !draftLabels.has(label(byPlace));
    const source = byLabel[j] ?? (placeFree ? byPlace : undefined);
    if (source) used.add(source.id);
    return source ? { ...o, key: source.key } : o;
  });
}

/**
 * Gives every stored option a key: from the Finnish label, the same key for the other locales' option at its
 * place; a draft takes the keys of its published version first (inheritPublishedKeys).
 */
export async function backfillOptionKeys(knex: Knex): Promise<number> {
  if (!(await knex.schema.hasTable(OPTIONS))) return 0; // a fresh database: Strapi creates the column
  if (!(await knex.schema.hasColumn(OPTIONS, 'key'))) {
    await knex.schema.alterTable(OPTIONS, (t) => t.string('key', 255));
  }
  const versions = [...(await storedPaths(knex))].sort(
    ([a], [b]) => Number(a.endsWith('|draft')) - Number(b.endsWith('|draft')),
  );
  const storedKeys = new Map<number, string | null>();
  for (const [, locales] of versions)
    for (const steps of locales.values())
      for (const step of steps) for (const o of step.options) storedKeys.set(o.id, o.key);
  const publishedFinnish = new Map<string, StoredStep[]>();
  let changed = 0;
  for (const [version, locales] of versions) {
    const [documentId, status] = version.split('|');
    const finnish = locales.get('fi') ?? [];
    if (status === 'draft') {
      const published = publishedFinnish.get(documentId) ?? [];
      for (const step of finnish) {
        const source = published.find((s) => s.key === step.key)?.options ?? [];
        step.options = inheritPublishedKeys(step.options, source);
      }
    }
    const ordered = [...locales].sort(([a], [b]) => Number(b === 'fi') - Number(a === 'fi'));
    for (const [locale, steps] of ordered) {
      for (const step of steps) {
        const source = finnish.find((s) => s.key === step.key)?.options ?? [];
        const keyOf = (o: StoredOption, j: number) => (locale === 'fi' ? o.key : (source[j]?.key ?? o.key));
        const withSource = step.options.map((o, j) => ({ ...o, key: keyOf(o, j) }));
        for (const o of assignOptionKeys(withSource)) {
          const original = step.options.find((x) => x.id === o.id)!;
          original.key = o.key;
          if (storedKeys.get(o.id) === o.key) continue;
          changed += 1;
          await knex(OPTIONS).where({ id: o.id }).update({ key: o.key });
        }
      }
    }
    if (status === 'published') publishedFinnish.set(documentId, finnish);
  }
  return changed;
}

/**
 * The search index holds each path's first step (what /bot/ask returns): after keys were filled, every
 * locale of both indexes (published, drafts) is queued for a rebuild, applied by the sync worker at start.
 */
async function queueFullSync(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(SEARCH_JOBS))) return;
  const now = new Date();
  const job = (content: string) => ({
    document_id: randomBytes(12).toString('hex'),
    target: 'all',
    entry_id: null,
    entry_locale: null,
    attempts: 0,
    parked: false,
    content,
    created_at: now,
    updated_at: now,
    published_at: now,
  });
  await knex(SEARCH_JOBS).insert([job('published'), job('drafts')]);
}

/**
 * Migration 14 (issue 18): the ask an event is about (`ask_id`, /bot/ask's askId) and a stable key for
 * every guidance-path option (filled from the labels; fi and sv share it). The per-option counts of the
 * path steps stored before are migration 11's.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn(TABLES.events, 'ask_id'))) {
    await knex.schema.alterTable(TABLES.events, (t) => {
      t.string('ask_id', 36);
      t.index(['ask_id']);
    });
  }
  if ((await backfillOptionKeys(knex)) > 0) await queueFullSync(knex);
}
