import type { Analyzer } from './create-analyzer';
import type { HandoffChannel, PartnerLink, StepSummary as PathStepSummary } from '@botkb/contract';
import type { SearchLocale } from './locales';

export type EntryKind = 'answer' | 'path';
export type { PartnerLink, StepSummary as PathStepSummary } from '@botkb/contract';

/** A published answer or guidance path in one locale, as the indexer reads it from the CMS. */
export interface KnowledgeEntry {
  kind: EntryKind;
  documentId: string;
  locale: SearchLocale;
  slug: string;
  audience: string;
  topic: { slug: string; name: string } | null;
  title: string;
  /** Answer body (markdown) or path description. */
  body: string;
  phrasings: string[];
  partners: PartnerLink[];
  handoff: HandoffChannel | null;
  /** Paths only: the entry step. */
  firstStep: PathStepSummary | null;
  /** Locales this document is published in. */
  translations: SearchLocale[];
}

/** What is stored in Meilisearch: display fields for the bot, analyzed fields for matching. */
export interface SearchDocument {
  id: string;
  kind: EntryKind;
  documentId: string;
  locale: SearchLocale;
  slug: string;
  audience: string;
  topic: string | null;
  title: string;
  body: string;
  partners: PartnerLink[];
  handoff: HandoffChannel | null;
  firstStep: PathStepSummary | null;
  translations: SearchLocale[];
  /** The phrasings as written (the analyzed copy is `s_phrasings`). */
  phrasings: string[];
  s_title: string;
  s_phrasings: string[];
  s_topic: string;
  s_body: string;
  /**
   * Fingerprint of the texts the ranking reads (textFingerprint): an ask that retrieves only a hit's
   * id and fingerprint tells whether the features kept for that id were computed from the same texts.
   */
  fp: number;
}

/** The texts of a search document that the ranking reads. */
export type RankedTexts = Pick<
  SearchDocument,
  'title' | 'body' | 'phrasings' | 's_title' | 's_phrasings' | 's_topic' | 's_body'
>;

/** FNV-1a (32 bits) of the texts the ranking reads. */
export function textFingerprint(doc: RankedTexts): number {
  const texts = [doc.title, doc.body, doc.s_title, doc.s_topic, doc.s_body, ...(doc.phrasings ?? [])];
  let h = 0x811c9dc5;
  for (const text of [...texts, '', ...(doc.s_phrasings ?? [])]) {
    for (let i = 0; i < (text ?? '').length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

/** Meilisearch document id: one document per (kind, documentId) in each locale's index. */
export function searchDocumentId(kind: EntryKind, documentId: string): string {
  return `${kind}-${documentId}`;
}

/** The kind and documentId a search document id (searchDocumentId) was made of. */
export function parseSearchDocumentId(id: string): { kind: EntryKind; documentId: string } {
  const cut = id.indexOf('-');
  const kind = id.slice(0, cut);
  if (kind !== 'answer' && kind !== 'path') throw new Error(`"${id}" is not a search document id`);
  return { kind, documentId: id.slice(cut + 1) };
}

const stripMarkdown = (md: string) => md.replace(/[#>*_`~[\]()!|-]+/g, ' ');

export function buildSearchDocument(entry: KnowledgeEntry, analyzer: Analyzer): SearchDocument {
  const doc = {
    id: searchDocumentId(entry.kind, entry.documentId),
    kind: entry.kind,
    documentId: entry.documentId,
    locale: entry.locale,
    slug: entry.slug,
    audience: entry.audience,
    topic: entry.topic?.slug ?? null,
    title: entry.title,
    body: entry.body,
    partners: entry.partners,
    handoff: entry.handoff,
    firstStep: entry.firstStep,
    translations: entry.translations,
    phrasings: entry.phrasings,
    s_title: analyzer.analyze(entry.title),
    s_phrasings: entry.phrasings.map((p) => analyzer.analyze(p)),
    s_topic: analyzer.analyze(entry.topic?.name ?? ''),
    s_body: analyzer.analyze(stripMarkdown(entry.body)),
  };
  return { ...doc, fp: textFingerprint(doc) };
}

/** All analyzed terms of a search document, repeats included: what the term statistics count of it. */
export function documentTerms(doc: Pick<SearchDocument, 's_title' | 's_phrasings' | 's_topic' | 's_body'>): string[] {
  return [doc.s_title, ...doc.s_phrasings, doc.s_topic, doc.s_body].join(' ').split(' ').filter(Boolean);
}

/** All texts of an entry, for the compound-splitting lexicon. */
export function entryTexts(entry: Pick<KnowledgeEntry, 'title' | 'body' | 'phrasings' | 'topic'>): string[] {
  return [entry.title, stripMarkdown(entry.body), ...entry.phrasings, entry.topic?.name ?? ''];
}

/** An entry's texts for n-gram similarity: what it is called and asked as (title, phrasings), and what it says (body). */
export function gramTexts(entry: Pick<KnowledgeEntry, 'title' | 'body' | 'phrasings'>): {
  short: string;
  long: string;
} {
  return { short: [entry.title, ...(entry.phrasings ?? [])].join('\n'), long: stripMarkdown(entry.body ?? '') };
}
