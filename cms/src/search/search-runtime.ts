import type { Core } from '@strapi/strapi';
import {
  SEARCH_LOCALES,
  DocumentFeatures,
  GramStatistics,
  TermStatistics,
  analyzedSynonyms,
  buildSearchDocument,
  createAnalyzer,
  createNodeHttpClient,
  createSearchClient,
  documentTerms,
  entryTexts,
  indexSettings,
  indexUid,
  parseSearchDocumentId,
  searchDocumentId,
  type Analyzer,
  type ClosableHttpClient,
  type KnowledgeEntry,
  type SearchDocument,
  type SearchLocale,
  type Vocabulary,
} from '@botkb/search';
import type { Meilisearch } from 'meilisearch';
import type { SearchConfig } from './search-config';
import { readAllKnowledgeEntries, readKnowledgeEntry } from './read-knowledge-entries';
import { readVocabulary } from './read-vocabulary';
import { planChanges, type EntryChange } from './plan-changes';
import { isJobTarget } from './sync-queue';
import type { ChangeDetail } from '../cluster/change-bus';
import { DOCUMENT_STATUS, contentIndexPrefix, type DocumentStatus, type KnowledgeContent } from './knowledge-content';

const SEARCH_KEY_NAME = 'botkb-bot-search';

/** What applying entries changed in a locale's index: documents to add or replace, ids to delete. */
export interface IndexChanges {
  readonly adds: Map<SearchLocale, SearchDocument[]>;
  readonly deletes: Map<SearchLocale, string[]>;
  /** Other documents re-analyzed because new words split their compounds otherwise (among `adds`/`deletes`). */
  readonly reanalyzed: EntryChange[];
}

/**
 * The CMS's connection to Meilisearch: an admin client (master key) for the
 * sync worker, a search-only client for the bot, and the per-locale analyzers
 * shared by indexing and querying. `version` changes whenever the index or the analyzers do,
 * so caches of search results can be invalidated.
 *
 * The derived state (lexicon, term and n-gram statistics, document features) is an exact function of the
 * entries applied: applying an entry again replaces its previous contribution, removing it takes it out, so
 * an instance that applies changes one by one counts what a rebuild from the same documents counts.
 * Changes to that state run one at a time (`exclusive`).
 */
export class SearchRuntime {
  readonly admin: Meilisearch;
  searcher: Meilisearch | null = null;
  /** The searcher's kept-alive connections (closed by close()). */
  private http: ClosableHttpClient | null = null;
  analyzers = {} as Record<SearchLocale, Analyzer>;
  vocabularies = {} as Record<SearchLocale, Vocabulary>;
  stats = {} as Record<SearchLocale, TermStatistics>;
  /** Ranking features of every indexed document, with the n-gram statistics (`stats`) they are counted in. */
  features = {} as Record<SearchLocale, DocumentFeatures>;
  synonyms = {} as Record<SearchLocale, Map<string, string[]>>;
  version = 0;
  ready = false;
  private updating: Promise<unknown> = Promise.resolve();
  /** A change announced while init() was running: rebuilt from the database once it is done. */
  private missedWhileStarting = false;
  /**
   * Per locale, documents that new words made split otherwise and that are not counted again yet: a change that
   * failed half-way is retried with them, although the lexicon no longer reports their splits as changed.
   */
  private readonly unsettled = new Map<SearchLocale, Set<string>>();

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
    // The bot's searches are its hot path: sent over Node's http module rather than fetch (createSearchClient).
    const apiKey = await this.ensureSearchKey();
    this.http?.close();
    this.http = createNodeHttpClient();
    this.searcher = createSearchClient({ host: this.config.host, apiKey, httpClient: this.http });
    this.ready = true;
    // A revision committed after the content was read above and announced before now is counted too.
    if (this.missedWhileStarting) await this.reload(null);
  }

  /** Closes the bot searcher's kept-alive connections (at shutdown); a search after this opens new ones. */
  close(): void {
    this.http?.close();
  }

  /**
   * Another instance applied content or vocabulary to the index: results cached until now go at once; the
   * entries it names are read again and re-counted (`changes`), locales whose vocabulary changed or that were
   * rebuilt whole, or everything when what changed is not known (null), are rebuilt from the database.
   */
  async reload(changes: readonly ChangeDetail[] | null): Promise<void> {
    if (!this.ready) {
      this.missedWhileStarting = true;
      return;
    }
    this.missedWhileStarting = false;
    this.version += 1;
    await this.exclusive(async () => {
      // A target this version does not know (another version during a rolling deploy): everything is re-read.
      if (changes === null || !changes.every((c) => isJobTarget(c.target))) return this.rebuild(SEARCH_LOCALES);
      const { settings, whole, entries } = planChanges(changes);
      await this.rebuild([...new Set([...settings, ...whole])]);
      await this.applyEach(entries);
    });
    this.version += 1;
  }

  /** Re-reads the vocabulary and content of one locale (default: all) into new analyzers and statistics. */
  async rebuildAnalyzers(only?: SearchLocale): Promise<void> {
    await this.exclusive(() => this.rebuild(only ? [only] : SEARCH_LOCALES));
  }

  /**
   * Reads entries again and applies each in turn to its locale's lexicon, statistics and features: a
   * published (or draft) entry replaces its previous version, an entry gone is taken out. Returns the
   * documents to write to the index and the ids to delete from it.
   */
  async applyEntries(entries: readonly EntryChange[]): Promise<IndexChanges> {
    return this.exclusive(() => this.applyEach(entries));
  }

  /** Runs state changes one at a time, in call order. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.updating.then(work, work);
    this.updating = run.catch(() => undefined);
    return run;
  }

  private async rebuild(locales: readonly SearchLocale[]): Promise<void> {
    for (const locale of locales) {
      const { analyzer, vocabulary, entries } = await buildAnalyzer(this.strapi, locale, this.status);
      const stats = new TermStatistics();
      const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
      await countDocuments(entries, analyzer, stats, features);
      this.vocabularies[locale] = vocabulary;
      this.analyzers[locale] = analyzer;
      this.stats[locale] = stats;
      this.features[locale] = features;
      this.synonyms[locale] = analyzedSynonyms(analyzer, vocabulary);
      // Every document is counted with the new analyzer (and re-written by whoever rebuilds the index).
      this.unsettled.delete(locale);
    }
    // New analyzers and statistics score questions differently: results cached by version are stale.
    if (locales.length > 0) this.version += 1;
  }

  /**
   * Applies entries as a rebuild would count them: first every entry's words in its locale's lexicon, then
   * every entry, and every other document whose compound words split otherwise with those words, analyzed
   * with the lexicon as it is now.
   */
  private async applyEach(entries: readonly EntryChange[]): Promise<IndexChanges> {
    const changes: IndexChanges = { adds: new Map(), deletes: new Map(), reanalyzed: [] };
    const read = new Map<SearchLocale, Map<string, KnowledgeEntry | null>>();
    for (const { kind, documentId, locale } of entries) {
      const entry = await readKnowledgeEntry(this.strapi, kind, documentId, locale, this.status);
      const id = searchDocumentId(kind, documentId);
      const { lexicon, stopWords } = this.analyzers[locale];
      if (entry) lexicon.setDocument(id, entryTexts(entry).join(' '), stopWords);
      else lexicon.removeDocument(id);
      mapFor(read, locale, () => new Map<string, KnowledgeEntry | null>()).set(id, entry);
    }
    for (const [locale, set] of this.unsettled) if (set.size > 0 && !read.has(locale)) read.set(locale, new Map());
    for (const [locale, entriesRead] of read) {
      const analyzer = this.analyzers[locale];
      const unsettled = mapFor(this.unsettled, locale, () => new Set<string>());
      // Until the lexicon stops changing: the splits are compared with those of the last changedSplits(), so
      // it is called after the last change, or a later change would compare with splits never counted.
      for (let removed = true; removed;) {
        removed = false;
        for (const id of analyzer.lexicon.documentsUsing(analyzer.changedSplits())) unsettled.add(id);
        for (const id of unsettled) {
          if (entriesRead.has(id)) continue;
          const { kind, documentId } = parseSearchDocumentId(id);
          changes.reanalyzed.push({ kind, documentId, locale });
          const entry = await readKnowledgeEntry(this.strapi, kind, documentId, locale, this.status);
          // Gone since it was counted (its own change not applied here yet): its words go like a named entry's,
          // and other compounds may split otherwise again without them.
          if (!entry) {
            analyzer.lexicon.removeDocument(id);
            removed = true;
          }
          entriesRead.set(id, entry);
        }
      }
      for (const [id, entry] of entriesRead) {
        if (entry) {
          const doc = buildSearchDocument(entry, analyzer);
          addToStatistics(this.stats[locale], this.features[locale], doc);
          listFor(changes.adds, locale).push(doc);
        } else {
          removeFromStatistics(this.stats[locale], this.features[locale], id);
          listFor(changes.deletes, locale).push(id);
        }
      }
      unsettled.clear();
      // Query synonyms are analyzed with the lexicon: new words may split them otherwise too.
      this.synonyms[locale] = analyzedSynonyms(analyzer, this.vocabularies[locale]);
    }
    return changes;
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
  const entries: KnowledgeEntry[] = [];
  for await (const page of readAllKnowledgeEntries(strapi, locale, 200, status)) entries.push(...page);
  const { stopWords, synonyms } = vocabulary;
  const analyzer = createAnalyzer({ locale, stopWords, lexiconTexts: synonyms.flat() });
  // Each entry's words under its document id, so a later version replaces them (SearchRuntime.applyEntries).
  for (const e of entries) {
    const id = searchDocumentId(e.kind, e.documentId);
    analyzer.lexicon.setDocument(id, entryTexts(e).join(' '), analyzer.stopWords);
  }
  // What the content's compound words split into now: a later change tells which documents it re-analyzes.
  analyzer.changedSplits();
  return { analyzer, vocabulary, entries };
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

/**
 * Counts a search document in its locale's term and n-gram statistics, in place of the version counted before
 * under its id, and keeps its ranking features.
 */
export function addToStatistics(stats: TermStatistics, features: DocumentFeatures, doc: SearchDocument): void {
  removeFromStatistics(stats, features, doc.id);
  stats.addDocument(documentTerms(doc));
  features.add(doc);
}

/** Takes the version of a document counted under `id` (if any) out of the statistics and features. */
export function removeFromStatistics(stats: TermStatistics, features: DocumentFeatures, id: string): void {
  const previous = features.countedTerms(id);
  if (previous) stats.removeDocument(previous);
  features.delete(id);
}

function listFor<T>(map: Map<SearchLocale, T[]>, locale: SearchLocale): T[] {
  let list = map.get(locale);
  if (!list) map.set(locale, (list = []));
  return list;
}

function mapFor<T>(map: Map<SearchLocale, T>, locale: SearchLocale, create: () => T): T {
  let inner = map.get(locale);
  if (inner === undefined) map.set(locale, (inner = create()));
  return inner;
}
