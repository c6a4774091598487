import {
  DocumentFeatures,
  GramStatistics,
  TermStatistics,
  buildSearchDocument,
  createAnalyzer,
  type KnowledgeEntry,
  type SearchDocument,
  type SearchLocale,
} from '@botkb/search';
import type { Core } from '@strapi/strapi';
import { AskService } from '../../cms/src/bot/ask-service';
import type { SearchRuntime } from '../../cms/src/search/search-runtime';
import { knowledgeEntry } from '../helpers/knowledge-entry';

const LOCALES = ['fi', 'sv'] as const;
const TEXTS = ['s_title', 's_phrasings', 's_topic', 's_body'];

const entry = knowledgeEntry;

const translated = ['fi', 'sv'] as SearchLocale[];
const ENTRIES: Record<SearchLocale, KnowledgeEntry[]> = {
  fi: [
    entry('hammashoito', 'Hammashoidon ajanvaraus', 'Varaa aika hammaslääkärille.', 'fi', translated),
    entry('laakari', 'Lääkärin vastaanotto', 'Lääkäriaika terveysasemalle.', 'fi'),
    entry('kotihoito', 'Kotihoito', 'Kotihoito auttaa kotona.', 'fi'),
  ],
  sv: [entry('hammashoito', 'Tandvård', 'Boka tid till tandläkare.', 'sv', translated)],
};

type Query = {
  indexUid: string;
  q: string;
  limit: number;
  filter?: string[];
  attributesToRetrieve?: string[];
  showRankingScore?: boolean;
};

/** Meilisearch's filters as the ask uses them: `translations != "x"` and `documentId IN [...]`. */
function matchesFilter(doc: SearchDocument, filter: string[] = []): boolean {
  return filter.every((f) => {
    const untranslated = /^translations != "(\w+)"$/.exec(f);
    if (untranslated) return !doc.translations.includes(untranslated[1] as SearchLocale);
    const ids = /^documentId IN \[(.*)\]$/.exec(f);
    if (ids) return (JSON.parse(`[${ids[1]}]`) as string[]).includes(doc.documentId);
    throw new Error(`unexpected filter ${f}`);
  });
}

const project = (doc: SearchDocument, attributes?: string[]) =>
  attributes
    ? Object.fromEntries(attributes.filter((a) => a in doc).map((a) => [a, doc[a as keyof SearchDocument]]))
    : doc;

/**
 * A runtime over an in-memory "index" (a search returns the documents containing any query term,
 * with the attributes asked for), whose features were counted from `entries`.
 */
function fakeRuntime(entries = ENTRIES, indexed?: Record<SearchLocale, SearchDocument[]>) {
  const sent: Query[] = [];
  const runtime = { version: 1 } as unknown as SearchRuntime & { version: number };
  const docs = {} as Record<SearchLocale, SearchDocument[]>;
  for (const locale of LOCALES) {
    const analyzer = createAnalyzer({ locale, lexiconTexts: entries[locale].map((e) => `${e.title} ${e.body}`) });
    const stats = new TermStatistics();
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    docs[locale] = entries[locale].map((e) => buildSearchDocument(e, analyzer));
    docs[locale].forEach((d) => {
      stats.addDocument([d.s_title, d.s_body].join(' ').split(' '));
      features.add(d);
    });
    Object.assign(runtime, {
      analyzers: { ...runtime.analyzers, [locale]: analyzer },
      stats: { ...runtime.stats, [locale]: stats },
      features: { ...runtime.features, [locale]: features },
      synonyms: { ...runtime.synonyms, [locale]: new Map() },
    });
  }
  const index = indexed ?? docs;
  const search = (query: Query) => {
    sent.push(query);
    const words = query.q.split(' ').filter(Boolean);
    const locale = query.indexUid.slice(3) as SearchLocale;
    const found = index[locale]
      .filter((d) => matchesFilter(d, query.filter))
      .filter((d) => words.length === 0 || words.some((w) => `${d.s_title} ${d.s_body}`.includes(w)));
    // Ranking scores only when asked for, as Meilisearch does.
    const hits = found.slice(0, query.limit).map((d, i) => ({
      ...project(d, query.attributesToRetrieve),
      ...(query.showRankingScore ? { _rankingScore: 1 - i / 10 } : {}),
    }));
    return { hits, estimatedTotalHits: found.length };
  };
  runtime.indexUid = (locale: SearchLocale) => `kb_${locale}`;
  runtime.searcher = {
    multiSearch: async ({ queries }: { queries: Query[] }) => ({ results: queries.map(search) }),
    index: (indexUid: string) => ({
      search: async (q: string, opts: Omit<Query, 'indexUid' | 'q'>) => search({ indexUid, q, ...opts }),
    }),
  } as unknown as SearchRuntime['searcher'];
  return { runtime, sent, docs };
}

const noTriggers = { documents: () => ({ findMany: async () => [] }) } as unknown as Core.Strapi;
const service = (runtime: SearchRuntime) =>
  new AskService(
    noTriggers,
    runtime,
    { threshold: { fi: 0.3, sv: 0.3 }, cacheSize: 100 },
    { hashSessionId: (s) => s, onRecorded: () => undefined },
  );

describe('AskService: hits without their texts', () => {
  it('asks for no analyzed text, and for bodies only in the asked locale’s whole-question search', async () => {
    const { runtime, sent } = fakeRuntime();
    const response = await service(runtime).rank({ question: 'hammaslääkäri aika', locale: 'fi' });
    const retrieved = sent.filter((q) => q.limit > 0).map((q) => q.attributesToRetrieve ?? ['*']);
    expect(retrieved.length).toBeGreaterThan(1);
    for (const attributes of retrieved) expect(attributes.filter((a) => TEXTS.includes(a) || a === '*')).toEqual([]);
    expect(retrieved.filter((a) => a.includes('body'))).toHaveLength(1);
    expect(response.answer?.slug).toBe('hammashoito');
    expect(response.answer?.body).toBe('Varaa aika hammaslääkärille.');
  });

  it('scores a hit indexed from other texts than those counted from its own texts, fetched', async () => {
    // The index holds an older "kotihoito" whose body is about the dentist; the features were counted from the new one.
    const older = ENTRIES.fi.map((e) => (e.documentId === 'kotihoito' ? { ...e, body: 'Hammaslääkäri aika.' } : e));
    const index = fakeRuntime({ ...ENTRIES, fi: older }).docs;
    const { runtime, sent } = fakeRuntime(ENTRIES, index);
    // Reference: the same runtime after scoring every indexed document from its own texts.
    const reference = fakeRuntime(ENTRIES, index);
    index.fi.forEach((d) => reference.runtime.features.fi.of(d));
    const question = { question: 'hammaslääkäri aika', locale: 'fi' as const };
    const response = await service(runtime).rank(question);
    expect(response).toEqual(await service(reference.runtime).rank(question));
    expect([response.answer?.slug, ...response.suggestions.map((s) => s.slug)]).toContain('kotihoito');
    expect(sent.filter((q) => q.filter?.[0] === 'documentId IN ["kotihoito"]')).toHaveLength(1);
  });

  it('fetches the body of an answer found without it (another locale’s entry)', async () => {
    const { runtime } = fakeRuntime();
    const response = await service(runtime).rank({ question: 'kotihoito', locale: 'sv' });
    expect(response.answer).toMatchObject({ slug: 'kotihoito', locale: 'fi', body: 'Kotihoito auttaa kotona.' });
  });

  it('does not answer with an empty body when the answer left the index before its body was fetched', async () => {
    const { runtime } = fakeRuntime();
    type Search = (q: string, opts: { filter?: string[] }) => Promise<unknown>;
    const searcher = runtime.searcher as unknown as { index: (uid: string) => { search: Search } };
    const index = searcher.index.bind(searcher);
    // Unpublished between the search and the body's fetch: the fetch by id finds nothing.
    searcher.index = (uid) => ({
      search: async (q: string, opts: { filter?: string[] }) =>
        opts.filter?.[0]?.startsWith('documentId IN') ? { hits: [] } : index(uid).search(q, opts),
    });
    const response = await service(runtime).rank({ question: 'kotihoito', locale: 'sv' });
    expect(response).toMatchObject({ answered: false, answer: null });
  });
});

describe('AskService: candidates with equal scores', () => {
  it('asks Meilisearch for no ranking scores and keeps its order among equal confidences', async () => {
    // Three entries with the same texts score the same; the "index" returns them in its own order.
    const same = (id: string) => entry(id, 'Pysäköintilupa', 'Hae pysäköintilupaa verkossa.', 'fi');
    const entries = { fi: [same('lupa-a'), same('lupa-b'), same('lupa-c')], sv: [] };
    const { runtime, sent, docs } = fakeRuntime(entries);
    const order = ['lupa-c', 'lupa-a', 'lupa-b'];
    const reordered = fakeRuntime(entries, { fi: order.map((id) => docs.fi.find((d) => d.slug === id)!), sv: [] });
    for (const [ranked, expected] of [
      [runtime, ['lupa-a', 'lupa-b', 'lupa-c']],
      [reordered.runtime, order],
    ] as const) {
      const response = await service(ranked).rank({ question: 'pysäköintilupa verkossa', locale: 'fi' });
      expect([response.answer?.slug, ...response.suggestions.map((s) => s.slug)]).toEqual(expected);
      expect(response.suggestions.map((s) => s.score)).toEqual([response.answer?.score, response.answer?.score]);
    }
    expect([...sent, ...reordered.sent].filter((q) => q.showRankingScore)).toEqual([]);
  });
});

describe('AskService: the other locale’s search', () => {
  it('is not sent while every entry of that locale has the asked translation, and is once one has not', async () => {
    const onlyTranslated = { ...ENTRIES, fi: ENTRIES.fi.slice(0, 1) };
    const { runtime, sent } = fakeRuntime(onlyTranslated);
    const asker = service(runtime);
    const withoutFallback = await asker.rank({ question: 'tandläkare tid', locale: 'sv' });
    const fallbackSearches = (queries: Query[]) => queries.filter((q) => q.indexUid === 'kb_fi' && q.limit > 0);
    expect(fallbackSearches(sent)).toEqual([]);
    expect(withoutFallback.answer?.slug).toBe('hammashoito');

    const all = fakeRuntime();
    await service(all.runtime).rank({ question: 'tandläkare tid', locale: 'sv' });
    expect(fallbackSearches(all.sent)).toHaveLength(1);
  });
});

describe('AskService: the answer cache', () => {
  it('gives a question what it would score on its own, after another with the same terms but other words', async () => {
    // A repeated word leaves the terms (the old cache key) alone but changes the n-gram part of the score.
    const first = { question: 'hammaslääkäri aika', locale: 'fi' as const };
    const second = { question: 'hammaslääkäri hammaslääkäri hammaslääkäri aika', locale: 'fi' as const };
    const asker = service(fakeRuntime().runtime);
    await asker.rank(first);
    const afterFirst = await asker.rank(second);
    const alone = await service(fakeRuntime().runtime).rank(second);
    expect(alone.answer?.score).not.toBe((await service(fakeRuntime().runtime).rank(first)).answer?.score);
    expect(afterFirst).toEqual(alone);
  });
});
