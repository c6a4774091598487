import type { Core, Modules } from '@strapi/strapi';
import { SEARCH_LOCALES } from '@botkb/search';
import type { ContentLocale } from '@botkb/contract';
import { ANSWER_UID, PARTNER_UID, PATH_UID } from '../content-uids';

/** A path option as reports name it: its key and its label per locale. */
export interface CatalogOption {
  key: string;
  labels: Record<string, string>;
}
export interface CatalogStep {
  key: string;
  /** The step's prompt per locale. */
  prompts: Record<string, string>;
  options: CatalogOption[];
}
export interface CatalogEntry {
  kind: 'answer' | 'path';
  slug: string;
  documentId: string;
  audience: string;
  titles: Record<string, string>;
  steps: CatalogStep[];
}

type StoredStep = { key: string; prompt: string; options?: Array<{ key: string | null; label: string }> };

/** A locale's steps into the entry: Finnish (or the first locale read) sets them, others add prompts and labels. */
function addSteps(e: CatalogEntry, locale: string, steps: StoredStep[]): void {
  if (locale === 'fi' || e.steps.length === 0) {
    const before = new Map(e.steps.map((s) => [s.key, s.prompts]));
    e.steps = steps.map((s) => ({ key: s.key, prompts: { ...before.get(s.key) }, options: [] }));
  }
  for (const s of steps) {
    const step = e.steps.find((x) => x.key === s.key);
    if (!step) continue;
    step.prompts[locale] = s.prompt;
    (s.options ?? []).forEach((o, j) => {
      step.options[j] ??= { key: o.key ?? '', labels: {} };
      step.options[j].labels[locale] = o.label;
    });
  }
}

const STEPS = {
  steps: { fields: ['key', 'prompt'], populate: { options: { fields: ['key', 'label'] } } },
} satisfies Modules.Documents.Params.Populate.Any<typeof PATH_UID>;

/** Published answers, paths and partners as reports label them; re-read when content changes. */
export class ContentCatalog {
  private cached: { revision: number; entries: Map<string, CatalogEntry>; partners: Map<string, string> } | null = null;
  revision = 0;

  constructor(private readonly strapi: Core.Strapi) {}

  async read(): Promise<{ entries: Map<string, CatalogEntry>; partners: Map<string, string> }> {
    if (this.cached?.revision === this.revision) return this.cached;
    const revision = this.revision;
    const entries = new Map<string, CatalogEntry>();
    for (const locale of SEARCH_LOCALES) {
      const answers = (await this.strapi.documents(ANSWER_UID).findMany({
        locale,
        status: 'published',
        fields: ['slug', 'title', 'audience'],
        limit: 10_000,
      })) as Array<Record<string, string>>;
      for (const a of answers) {
        const e: CatalogEntry = entries.get(`answer:${a.slug}`) ?? {
          kind: 'answer',
          slug: a.slug,
          documentId: a.documentId,
          audience: a.audience,
          titles: {},
          steps: [],
        };
        e.titles[locale] = a.title;
        entries.set(`answer:${a.slug}`, e);
      }
      const paths = (await this.strapi.documents(PATH_UID).findMany({
        locale,
        status: 'published',
        fields: ['slug', 'name', 'audience'],
        populate: STEPS,
        limit: 10_000,
      })) as Array<Record<string, any>>;
      for (const p of paths) {
        const e: CatalogEntry = entries.get(`path:${p.slug}`) ?? {
          kind: 'path',
          slug: p.slug,
          documentId: p.documentId,
          audience: p.audience,
          titles: {},
          steps: [],
        };
        e.titles[locale] = p.name;
        addSteps(e, locale, p.steps ?? []);
        entries.set(`path:${p.slug}`, e);
      }
    }
    const partners = new Map<string, string>();
    const rows = (await this.strapi
      .documents(PARTNER_UID)
      .findMany({ locale: 'fi', status: 'published', fields: ['slug', 'name'], limit: 10_000 })) as Array<
      Record<string, string>
    >;
    for (const p of rows) partners.set(p.slug, p.name);
    this.cached = { revision, entries, partners };
    return this.cached;
  }
}

/** A step's prompt in the wanted locale, else Finnish, else Swedish, else its key. */
export const promptOf = (step: CatalogStep | undefined, key: string, locale?: string): string =>
  (step && ((locale && step.prompts[locale]) || step.prompts.fi || step.prompts.sv)) || key;

/** The entry's title in the wanted locale, else Finnish, else Swedish, with the locale it is in; else its slug. */
export function titleIn(
  e: CatalogEntry | undefined,
  slug: string,
  locale?: string,
): { title: string; titleLocale: ContentLocale | null } {
  const found = [locale, 'fi', 'sv'].find((l) => l && e?.titles[l]) as ContentLocale | undefined;
  return found ? { title: e!.titles[found], titleLocale: found } : { title: slug, titleLocale: null };
}

/** The entry's title in the wanted locale, else Finnish, else its slug. */
export const titleOf = (e: CatalogEntry | undefined, slug: string, locale?: string): string =>
  titleIn(e, slug, locale).title;
