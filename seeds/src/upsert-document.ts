import type { Core } from '@strapi/strapi';
import { LOCALES, type Locale } from './content-types';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface DocumentSpec {
  uid: string;
  slug: string;
  /** How to find the existing document (default: by slug). */
  filters?: Record<string, unknown>;
  /** What to write, per locale (a missing locale is left untranslated). `fi` is required. */
  data: Partial<Record<Locale, Record<string, unknown>>>;
  populate: Record<string, unknown>;
  /** Turns a stored document into the same shape as `expected`. */
  normalize(doc: Record<string, unknown>): unknown;
  /** The normalized shape the stored document must have, per locale. */
  expected: Partial<Record<Locale, unknown>>;
}

type Doc = Record<string, unknown> & { documentId: string };
// The Document Service is typed per content-type UID; seeds work across types.
type Documents = {
  findFirst(p: Record<string, unknown>): Promise<Doc | null>;
  findOne(p: Record<string, unknown>): Promise<Doc | null>;
  create(p: Record<string, unknown>): Promise<Doc>;
  update(p: Record<string, unknown>): Promise<Doc | null>;
  publish(p: Record<string, unknown>): Promise<unknown>;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Idempotent upsert by slug: creates the document if no document has the slug,
 * updates each locale whose draft differs from the seed, and publishes each
 * locale whose published version is missing or differs. Returns what it did
 * and the documentId.
 */
export async function upsertDocument(
  strapi: Core.Strapi,
  spec: DocumentSpec,
): Promise<{ outcome: Outcome; documentId: string }> {
  const docs = strapi.documents(spec.uid as never) as unknown as Documents;
  const { populate } = spec;
  let outcome: Outcome = 'unchanged';
  let documentId: string;
  const existing = await docs.findFirst({
    filters: spec.filters ?? { slug: spec.slug },
    locale: 'fi',
    status: 'draft',
    populate,
  });
  if (existing) {
    documentId = existing.documentId;
  } else {
    const created = await docs.create({ data: spec.data.fi, locale: 'fi' });
    documentId = created.documentId;
    outcome = 'created';
  }
  for (const locale of LOCALES) {
    const data = spec.data[locale];
    if (!data) continue;
    const draft =
      locale === 'fi' && existing ? existing : await docs.findOne({ documentId, locale, status: 'draft', populate });
    if (!draft || !same(spec.normalize(draft), spec.expected[locale])) {
      await docs.update({ documentId, locale, data });
      if (outcome === 'unchanged') outcome = 'updated';
    }
    const published = await docs.findOne({ documentId, locale, status: 'published', populate });
    if (!published || !same(spec.normalize(published), spec.expected[locale])) {
      await docs.publish({ documentId, locale });
      if (outcome === 'unchanged') outcome = 'updated';
    }
  }
  return { outcome, documentId };
}
