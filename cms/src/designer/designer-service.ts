import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ANSWER_UID, PARTNER_UID, PATH_UID } from '../content-uids';
import { DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { assertValidPath } from '../guidance/assert-valid-path';
import { findPathProblems } from '../guidance/find-path-problems';
import { loadPathSteps } from '../guidance/load-path-steps';
import {
  DESIGNER_LOCALES,
  mergeLocaleSteps,
  toLocaleSteps,
  type DesignerOption,
  type DesignerStep,
} from './designer-path';
import { assignOptionKeys } from '../guidance/assign-option-keys';

type Row = Record<string, unknown>;
// The designer reads and writes plain rows: Strapi's input types reject the nulls with which an
// option clears the targets it does not use.
type Documents = {
  findOne(p: Row): Promise<Row | null>;
  findMany(p: Row): Promise<Row[]>;
  update(p: Row): Promise<Row | null>;
  publish(p: Row): Promise<unknown>;
};
type DesignerUid = typeof PATH_UID | typeof ANSWER_UID | typeof PARTNER_UID;
const documents = (strapi: Core.Strapi, uid: DesignerUid) => strapi.documents(uid) as unknown as Documents;

/** Every guidance path (Finnish draft): documentId, slug, name and whether it has unpublished changes. */
export async function listDesignerPaths(strapi: Core.Strapi) {
  const rows = await documents(strapi, PATH_UID).findMany({
    locale: DEFAULT_LOCALE,
    status: 'draft',
    fields: ['slug', 'name'],
    sort: 'name:asc',
    limit: -1,
  });
  return rows.map((r) => ({ documentId: r.documentId as string, slug: r.slug as string, name: r.name as string }));
}

/** What an option may lead to besides steps: answers (title) and partner services (name), Finnish drafts. */
async function listTargets(strapi: Core.Strapi) {
  const read = (uid: DesignerUid, field: string) =>
    documents(strapi, uid).findMany({ locale: DEFAULT_LOCALE, status: 'draft', fields: ['slug', field], limit: -1 });
  const [answers, partners] = await Promise.all([read(ANSWER_UID, 'title'), read(PARTNER_UID, 'name')]);
  const shape = (field: string) => (r: Row) => ({ documentId: r.documentId, slug: r.slug, name: r[field] });
  return { answers: answers.map(shape('title')), partners: partners.map(shape('name')) };
}

async function readLocale(strapi: Core.Strapi, documentId: string, locale: string) {
  return documents(strapi, PATH_UID).findOne({ documentId, locale, status: 'draft', fields: ['slug', 'name'] });
}

/** The path as the designer edits it: one structure with fi and sv texts, its targets and problems. */
export async function readDesignerPath(strapi: Core.Strapi, documentId: string) {
  const head = await readLocale(strapi, documentId, DEFAULT_LOCALE);
  if (!head) throw new errors.NotFoundError(`Guidance path ${documentId} has no Finnish draft`, { documentId });
  const load = (locale: string) => loadPathSteps(strapi, { documentId, locale, status: 'draft' });
  const fi = (await load('fi')) ?? [];
  const sv = await load('sv');
  const svHead = await readLocale(strapi, documentId, 'sv');
  const published = await documents(strapi, PATH_UID).findMany({
    filters: { documentId },
    locale: '*',
    status: 'published',
    fields: ['locale', 'updatedAt'],
  });
  return {
    documentId,
    slug: head.slug as string,
    name: { fi: (head.name as string) ?? '', sv: (svHead?.name as string | undefined) ?? '' },
    published: DESIGNER_LOCALES.filter((l) => published.some((p) => p.locale === l)),
    steps: mergeLocaleSteps(fi, { sv: sv ?? [] }),
    targets: await listTargets(strapi),
    problems: await findPathProblems(strapi, documentId, DEFAULT_LOCALE),
  };
}

/** A step's options with unique keys, new ones made from the Finnish label. */
function withFinnishKeys(options: DesignerOption[]): DesignerOption[] {
  const keyed = assignOptionKeys(options.map((o) => ({ key: o.key, label: o.label.fi })));
  return options.map((o, j) => ({ ...o, key: keyed[j].key }));
}

/**
 * Saves the structure as the draft of every locale through the Document Service (draft & publish,
 * i18n, history and the search sync see an ordinary edit); a missing Swedish version is created.
 * A draft is saved whatever its problems; they are returned.
 */
export async function saveDesignerPath(strapi: Core.Strapi, documentId: string, steps: DesignerStep[]) {
  const head = await readLocale(strapi, documentId, DEFAULT_LOCALE);
  if (!head) throw new errors.NotFoundError(`Guidance path ${documentId} has no Finnish draft`, { documentId });
  // One key per option for every locale, made from the Finnish label where the designer sent none.
  const keyed = steps.map((s) => ({ ...s, options: withFinnishKeys(s.options) }));
  // Translations first: the Finnish write then finds them in step (see path-lockstep-middleware).
  for (const locale of [...DESIGNER_LOCALES].reverse()) {
    const data: Row = { steps: toLocaleSteps(keyed, locale) };
    if (locale !== DEFAULT_LOCALE && !(await readLocale(strapi, documentId, locale))) data.name = head.name;
    await documents(strapi, PATH_UID).update({ documentId, locale, status: 'draft', data });
  }
  return { documentId, problems: await findPathProblems(strapi, documentId, DEFAULT_LOCALE) };
}

/**
 * Publishes the drafts of every locale, or none: each locale's graph is checked first, so an
 * invalid Swedish version does not leave the Finnish one published alone (400 naming the problems).
 */
export async function publishDesignerPath(strapi: Core.Strapi, documentId: string) {
  for (const locale of DESIGNER_LOCALES) {
    const steps = await loadPathSteps(strapi, { documentId, locale, status: 'draft' });
    if (!steps) throw new errors.NotFoundError(`Guidance path ${documentId} has no ${locale} draft`, { documentId });
    assertValidPath(steps, { requireRelations: true });
  }
  for (const locale of DESIGNER_LOCALES) await documents(strapi, PATH_UID).publish({ documentId, locale });
  return { documentId, published: [...DESIGNER_LOCALES] };
}
