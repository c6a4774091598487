import type { Knex } from 'knex';
import { TABLES } from '../../src/analytics/analytics-tables';
import { assignOptionKeys } from '../../src/guidance/assign-option-keys';

const PATHS = 'guidance_paths';
const PATH_STEPS = 'guidance_paths_cmps';
const STEPS = 'components_guidance_steps';
const STEP_OPTIONS = 'components_guidance_steps_cmps';
const OPTIONS = 'components_guidance_options';
interface StoredOption {
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

/** Gives every stored option a key: from the Finnish label, the same key for the other locales' option at its place. */
export async function backfillOptionKeys(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(OPTIONS))) return; // a fresh database: Strapi creates the column
  if (!(await knex.schema.hasColumn(OPTIONS, 'key'))) {
    await knex.schema.alterTable(OPTIONS, (t) => t.string('key', 255));
  }
  for (const locales of (await storedPaths(knex)).values()) {
    const finnish = locales.get('fi') ?? [];
    const ordered = [...locales].sort(([a], [b]) => Number(b === 'fi') - Number(a === 'fi'));
    for (const [locale, steps] of ordered) {
      for (const step of steps) {
        const source = finnish.find((s) => s.key === step.key)?.options ?? [];
        const keyOf = (o: StoredOption, j: number) => (locale === 'fi' ? o.key : (source[j]?.key ?? o.key));
        const withSource = step.options.map((o, j) => ({ ...o, key: keyOf(o, j) }));
        for (const o of assignOptionKeys(withSource)) {
          const original = step.options.find((x) => x.id === o.id)!;
          original.key = o.key;
          await knex(OPTIONS).where({ id: o.id }).update({ key: o.key });
        }
      }
    }
  }
}

/**
 * Migration 14 (issue 18): the ask an event is about (`ask_id`, /bot/ask's askId) and a stable key for
 * every guidance-path option (filled from the labels; fi and sv share it). The per-option counts of the
 * path steps stored before are migration 11's.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable(TABLES.events, (t) => {
    t.string('ask_id', 36);
    t.index(['ask_id']);
  });
  await backfillOptionKeys(knex);
}
