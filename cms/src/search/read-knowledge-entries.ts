import type { Core } from '@strapi/strapi';
import type { EntryKind, KnowledgeEntry, PartnerLink, SearchLocale } from '@botkb/search';
import { isSearchLocale } from '@botkb/search';
import { KIND_UID } from '../content-uids';
import type { DocumentStatus } from './knowledge-content';

type Row = Record<string, any>;
type Documents = { findOne(p: Row): Promise<Row | null>; findMany(p: Row): Promise<Row[]> };

const docs = (strapi: Core.Strapi, kind: EntryKind) =>
  strapi.documents(KIND_UID[kind] as never) as unknown as Documents;

const POPULATE: Record<EntryKind, Row> = {
  answer: { phrasings: true, topic: true, partners: true },
  path: {
    phrasings: true,
    topic: true,
    steps: {
      populate: {
        options: { populate: { answer: { fields: ['slug', 'title'] }, partner: { fields: ['slug', 'name'] } } },
      },
    },
  },
};

export function partnerLink(p: Row): PartnerLink {
  return { slug: p.slug, name: p.name, url: p.url, phone: p.phone ?? null, kind: p.kind };
}

function toEntry(kind: EntryKind, row: Row, locale: SearchLocale, translations: SearchLocale[]): KnowledgeEntry {
  const topic = row.topic ? { slug: row.topic.slug as string, name: row.topic.name as string } : null;
  if (kind === 'answer') {
    return {
      kind,
      documentId: row.documentId,
      locale,
      slug: row.slug,
      audience: row.audience,
      topic,
      title: row.title,
      body: row.body ?? '',
      phrasings: (row.phrasings ?? []).map((p: Row) => p.text),
      partners: (row.partners ?? []).map(partnerLink),
      handoff: row.handoff ?? null,
      firstStep: null,
      translations,
    };
  }
  const steps: Row[] = row.steps ?? [];
  const first = steps[0];
  const labels = steps.flatMap((s) => [s.prompt, ...(s.options ?? []).map((o: Row) => o.label)]);
  return {
    kind,
    documentId: row.documentId,
    locale,
    slug: row.slug,
    audience: row.audience,
    topic,
    // Prompts and option labels are searchable like body text, not like phrasings:
    // otherwise a path's many labels outweigh an answer's few phrasings.
    title: row.name,
    body: [row.description ?? '', ...labels.filter(Boolean)].join('\n'),
    phrasings: (row.phrasings ?? []).map((p: Row) => p.text),
    partners: [],
    handoff: null,
    firstStep: first
      ? {
          key: first.key,
          prompt: first.prompt,
          options: (first.options ?? []).map((o: Row) => ({
            key: o.key ?? undefined,
            label: o.label,
            target: o.target,
          })),
        }
      : null,
    translations,
  };
}

/** Whether a row is the published version or the draft (a draft row has no publishedAt). */
export const STATUS_WHERE: Record<DocumentStatus, Row> = {
  published: { publishedAt: { $notNull: true } },
  draft: { publishedAt: { $null: true } },
};

/** The locales each document has a version of `status` in. */
export async function statusLocales(
  strapi: Core.Strapi,
  kind: EntryKind,
  documentIds: string[],
  status: DocumentStatus,
): Promise<Map<string, SearchLocale[]>> {
  const rows = (await strapi.db.query(KIND_UID[kind]).findMany({
    where: { documentId: { $in: documentIds }, ...STATUS_WHERE[status] },
    select: ['documentId', 'locale'],
  })) as Row[];
  const out = new Map<string, SearchLocale[]>();
  for (const r of rows)
    if (isSearchLocale(r.locale)) out.set(r.documentId, [...(out.get(r.documentId) ?? []), r.locale].sort());
  return out;
}

/**
 * The published (or draft) version of one answer/path in one locale, or null when it has none there.
 * Strapi 5 keeps a draft of every document: unchanged since publishing, it equals the published version.
 */
export async function readKnowledgeEntry(
  strapi: Core.Strapi,
  kind: EntryKind,
  documentId: string,
  locale: SearchLocale,
  status: DocumentStatus = 'published',
): Promise<KnowledgeEntry | null> {
  const row = await docs(strapi, kind).findOne({ documentId, locale, status, populate: POPULATE[kind] });
  if (!row) return null;
  const translations = (await statusLocales(strapi, kind, [documentId], status)).get(documentId) ?? [locale];
  return toEntry(kind, row, locale, translations);
}

/** Every published (or draft) answer and path of a locale, page by page. */
export async function* readAllKnowledgeEntries(
  strapi: Core.Strapi,
  locale: SearchLocale,
  pageSize = 200,
  status: DocumentStatus = 'published',
): AsyncGenerator<KnowledgeEntry[]> {
  for (const kind of ['answer', 'path'] as EntryKind[]) {
    for (let start = 0; ; start += pageSize) {
      const page = { start, limit: pageSize, sort: 'id:asc' };
      const rows = await docs(strapi, kind).findMany({ locale, status, populate: POPULATE[kind], ...page });
      if (rows.length === 0) break;
      const translations = await statusLocales(
        strapi,
        kind,
        rows.map((r) => r.documentId),
        status,
      );
      yield rows.map((r) => toEntry(kind, r, locale, translations.get(r.documentId) ?? [locale]));
      if (rows.length < pageSize) break;
    }
  }
}
