import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { EntryKind } from '@botkb/search';
import { TABLES } from './analytics-tables';
import { TRANSLATED_FIELDS, translatedText, type TranslatedFields } from './translated-text';

/** A document's published language versions: the fingerprint of their translated text and when each was published. */
export type PublishedTexts = Map<string, { fingerprint: string; publishedAt: number }>;

/** The published versions of a document, read inside the caller's transaction (before or after a write). */
export async function readPublishedTexts(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  kind: EntryKind,
  documentId: string,
): Promise<PublishedTexts> {
  const { select, populate } = TRANSLATED_FIELDS[kind];
  const versions = (await strapi.db.query(uid).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['locale', 'publishedAt', ...select],
    ...(populate ? { populate } : {}),
  })) as Array<TranslatedFields & { locale: string; publishedAt: string | Date }>;
  return new Map(
    versions.map((v) => [
      v.locale,
      { fingerprint: translatedText(kind, v), publishedAt: new Date(v.publishedAt).getTime() },
    ]),
  );
}

/**
 * Records, per published language, when its translated text last changed: at `at` when the fingerprint differs
 * from the recorded one (or from the version published before this write). A version first seen unchanged keeps
 * its earlier publish time, so a republish that adds only a phrasing or changes a shared field changes nothing.
 */
export async function recordTextChanges(
  trx: Knex.Transaction,
  documentId: string,
  before: PublishedTexts,
  after: PublishedTexts,
  at: number,
): Promise<void> {
  const recorded = new Map<string, string>(
    (
      (await trx(TABLES.textChanges).where({ document_id: documentId }).select('locale', 'fingerprint')) as Array<{
        locale: string;
        fingerprint: string;
      }>
    ).map((r) => [r.locale, r.fingerprint]),
  );
  for (const [locale, now] of after) {
    const known = recorded.get(locale);
    if (known === now.fingerprint) continue;
    const previous = before.get(locale);
    const changedAt = known === undefined && previous?.fingerprint === now.fingerprint ? previous.publishedAt : at;
    const row = { document_id: documentId, locale, fingerprint: now.fingerprint, changed_at: changedAt };
    if (known === undefined) await trx(TABLES.textChanges).insert(row);
    else await trx(TABLES.textChanges).where({ document_id: documentId, locale }).update(row);
  }
}

/** When each document's Finnish text last changed, for those recorded (epoch ms). */
export async function readFinnishTextChanges(knex: Knex): Promise<Map<string, number>> {
  const rows = (await knex(TABLES.textChanges).where({ locale: 'fi' }).select('document_id', 'changed_at')) as Array<{
    document_id: string;
    changed_at: string | number;
  }>;
  return new Map(rows.map((r) => [r.document_id, Number(r.changed_at)]));
}
