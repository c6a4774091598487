import type { Core } from '@strapi/strapi';
import {
  SEARCH_LOCALES,
  DocumentFeatures,
  GramStatistics,
  TermStatistics,
  analyzedSynonyms,
  buildSearchDocument,
  createAnalyzer,
  createSearchClient,
  entryTexts,
  indexSettings,
  indexUid,
  type Analyzer,
  type KnowledgeEntry,
  type SearchDocument,
  type SearchLocale,
  type Vocabulary,
} from '@botkb/search';
import type { Meilisearch } from 'meilisearch';
import type { SearchConfig } from './search-config';
import { readAllKnowledgeEntries } from './read-knowledge-entries';
import { readVocabulary } from './read-vocabulary';
import { DOCUMENT_STATUS, contentIndexPrefix, type DocumentStatus, type KnowledgeContent } from './knowledge-content';

const SEARCH_KEY_NAME = 'botkb-bot-search';

/**
 * The CMS's connection to Meilisearch: an admin client (master key) for the
 * sync worker, a search-only client for the bot, and the per-locale analyzers
 * shared by indexing and querying. `version` changes whenever the index or the analyzers do,
 * so caches of search results can be invalidated.
 */
export class SearchRuntime {
  readonly admin: Meilisearch;
  searcher: Meilisearch | null = null;
  analyzers = {} as Record<SearchLocale, Analyzer>;
  vocabularies = {} as Record<SearchLocale, Vocabulary>;
  stats = {} as Record<SearchLocale, TermStatistics>;
  /** Ranking features of every indexed document, with the n-gram statistics (`stats`) they are counted in. */
  features = {} as Record<SearchLocale, DocumentFeatures>;
  synonyms = {} as Record<SearchLocale, Map<string, string[]>>;
  version = 0;
  ready = false;

  constructor(
    private readonly strapi: Core.Strapi,
    readonly config: SearchConfig & { host: string; masterKey: string },
    /** Which version of the content this runtime indexes and searches. */
    readonly content: KnowledgeContent = 'published',
  ) {
    this.admin = createSearchClient({ host: config.host, apiKey: config.masterKey });
  }

  /** The Document Service status this runtime's index is built from. */
  get status(): DocumentStatus {
    return DOCUMENT_STATUS[this.content];
  }

  indexUid(locale: SearchLocale): string {
    return indexUid(contentIndexPrefix(this.config.indexPrefix, this.content), locale);
  }

  /** Builds the analyzers from the published content, creates indexes, settings and the search-only key. */
  async init(): Promise<void> {
    await this.rebuildAnalyzers();
    for (const locale of SEARCH_LOCALES) await this.ensureIndex(this.indexUid(locale), locale);
    this.searcher = createSearchClient({ host: this.config.host, apiKey: await this.ensureSearchKey() });
    this.ready = true;
  }

  /**
   * Another instance applied content or vocabulary to the index: results cached
   * until now go at once, analyzers and statistics are rebuilt from the database.
   */
  async reload(): Promise<void> {
    if (!this.ready) return;
    this.version += 1;
    await this.rebuildAnalyzers();
  }

  /** Re-reads the vocabulary and content of one locale (default: all) into new analyzers and statistics. */
  async rebuildAnalyzers(only?: SearchLocale): Promise<void> {
    for (const locale of only ? [only] : SEARCH_LOCALES) {
      const { analyzer, vocabulary, entries } = await buildAnalyzer(this.strapi, locale, this.status);
      const stats = new TermStatistics();
      const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
      await countDocuments(entries, analyzer, stats, features);
      this.vocabularies[locale] = vocabulary;
      this.analyzers[locale] = analyzer;
      this.stats[locale] = stats;
      this.features[locale] = features;
      this.synonyms[locale] = analyzedSynonyms(analyzer, vocabulary);
    }
    // New analyzers and statistics score questions differently: results cached by version are stale.
    this.version += 1;
  }

  /** Creates the index if missing (a failed "already exists" task is fine). */
  async ensureIndexExists(uid: string): Promise<void> {
    await this.admin.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
  }

  /** Creates the index if missing and applies the locale's settings. */
  async ensureIndex(uid: string, locale: SearchLocale): Promise<void> {
    const settings = indexSettings(this.analyzers[locale], this.vocabularies[locale]);
    await this.ensureIndexExists(uid);
    const task = await this.admin.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 });
    if (task.status !== 'succeeded')
      throw new Error(`settings of ${uid} failed: ${task.error?.message ?? task.status}`);
  }

  /**
   * A key that may only search this deployment's indexes of this content; the bot never uses the
   * master key, and the bot's key cannot search the draft indexes.
   */
  private async ensureSearchKey(): Promise<string> {
    const pattern = `${contentIndexPrefix(this.config.indexPrefix, this.content)}*`;
    const name = this.content === 'published' ? SEARCH_KEY_NAME : `${SEARCH_KEY_NAME}-${this.content}`;
    const { results } = await this.admin.getKeys({ limit: 1000 });
    const isOurs = (k: (typeof results)[number]) =>
      k.name === name && k.indexes.length === 1 && k.indexes[0] === pattern && k.actions.join() === 'search';
    const existing = results.find(isOurs);
    if (existing) return existing.key;
    const description = this.content === 'published' ? 'Bot API searches' : 'Staff tries against drafts';
    const key = { name, description, actions: ['search'], indexes: [pattern], expiresAt: null };
    const created = await this.admin.createKey(key);
    return created.key;
  }
}

type BuiltAnalyzer = { analyzer: Analyzer; vocabulary: Vocabulary; entries: KnowledgeEntry[] };

/** A locale's analyzer, built from its published (or draft) vocabulary and content (no search server needed). */
export async function buildAnalyzer(
  strapi: Core.Strapi,
  locale: SearchLocale,
  status: DocumentStatus = 'published',
): Promise<BuiltAnalyzer> {
  const vocabulary = await readVocabulary(strapi, locale, status);
  const texts: string[] = [];
  const entries: KnowledgeEntry[] = [];
  for await (const page of readAllKnowledgeEntries(strapi, locale, 200, status)) {
    for (const e of page) {
      entries.push(e);
      texts.push(...entryTexts(e));
    }
  }
  for (const group of vocabulary.synonyms) texts.push(...group);
  return {
    analyzer: createAnalyzer({ locale, stopWords: vocabulary.stopWords, lexiconTexts: texts }),
    vocabulary,
    entries,
  };
}

/** Entries counted between two turns of the event loop: ~50 ms of work on a 2 KB entry base. */
export const COUNT_BATCH = 200;

/**
 * Counts every entry's search document (addToStatistics). A knowledge base of 10,000 entries takes seconds:
 * the event loop gets a turn every COUNT_BATCH entries, so asks, health checks and keep-alive connections are
 * served meanwhile (a loop blocked longer than the keep-alive timeout resets connections).
 */
export async function countDocuments(
  entries: KnowledgeEntry[],
  analyzer: Analyzer,
  stats: TermStatistics,
  features: DocumentFeatures,
): Promise<void> {
  for (const [i, e] of entries.entries()) {
    if (i > 0 && i % COUNT_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    addToStatistics(stats, features, buildSearchDocument(e, analyzer));
  }
}

/** Counts a search document in its locale's term and n-gram statistics and keeps its ranking features. */
export function addToStatistics(stats: TermStatistics, features: DocumentFeatures, doc: SearchDocument): void {
  stats.addDocument(documentTerms(doc));
  features.add(doc);
}

/** All analyzed terms of a search document. */
function documentTerms(doc: SearchDocument): string[] {
  return [doc.s_title, ...doc.s_phrasings, doc.s_topic, doc.s_body].join(' ').split(' ').filter(Boolean);
}
