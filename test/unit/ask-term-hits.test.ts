import {
  DocumentFeatures,
  GramStatistics,
  TermStatistics,
  buildSearchDocument,
  createAnalyzer,
  type SearchDocument,
  type SearchLocale,
} from '@botkb/search';
import type { Core } from '@strapi/strapi';
import { AskService } from '../../cms/src/bot/ask-service';
import type { SearchRuntime } from '../../cms/src/search/search-runtime';
import { knowledgeEntry } from '../helpers/knowledge-entry';

const entry = knowledgeEntry;
const ENTRIES = {
  fi: [
    entry('hammashoito', 'Hammashoidon ajanvaraus', 'Varaa aika hammaslääkärille.'),
    entry('laakari', 'Lääkärin vastaanotto', 'Lääkäriaika terveysasemalle.'),
    entry('kotihoito', 'Kotihoito', 'Kotihoito auttaa kotona.'),
  ],
  sv: [entry('tandvard', 'Tandvård', 'Boka tid till tandläkare.', 'sv')],
};

/** A runtime over an in-memory "index": a search returns the documents containing any query term. */
function fakeRuntime() {
  const sent: string[][] = [];
  const runtime = { version: 1 } as unknown as SearchRuntime & { version: number };
  const docs = {} as Record<SearchLocale, SearchDocument[]>;
  for (const locale of ['fi', 'sv'] as const) {
    const analyzer = createAnalyzer({ locale, lexiconTexts: ENTRIES[locale].map((e) => `${e.title} ${e.body}`) });
    const stats = new TermStatistics();
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    docs[locale] = ENTRIES[locale].map((e) => buildSearchDocument(e, analyzer));
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
  runtime.indexUid = (locale: SearchLocale) => `kb_${locale}`;
  runtime.searcher = {
    multiSearch: async ({ queries }: { queries: Array<{ indexUid: string; q: string; limit: number }> }) => {
      sent.push(queries.map((q) => `${q.indexUid}:${q.q}`));
      return {
        results: queries.map((q) => {
          const words = q.q.split(' ').filter(Boolean);
          const locale = q.indexUid.slice(3) as SearchLocale;
          const hits = docs[locale].filter((d) => words.some((w) => `${d.s_title} ${d.s_body}`.includes(w)));
          return { hits: hits.slice(0, q.limit).map((d, i) => ({ ...d, _rankingScore: 1 - i / 10 })) };
        }),
      };
    },
    // Every entry here lacks the other locale's translation: the other-locale search is always made.
    index: () => ({ search: async () => ({ hits: [], estimatedTotalHits: 1 }) }),
  } as unknown as SearchRuntime['searcher'];
  return { runtime, sent };
}

const noTriggers = { documents: () => ({ findMany: async () => [] }) } as unknown as Core.Strapi;
const service = (runtime: SearchRuntime) =>
  new AskService(
    noTriggers,
    runtime,
    { threshold: { fi: 0.3, sv: 0.3 }, cacheSize: 100 },
    { hashSessionId: (s) => s, onRecorded: () => undefined },
  );

describe('AskService: single-term searches of a question never asked before', () => {
  it('are sent to Meilisearch once per index version, and the answer is what a fresh service gives', async () => {
    const { runtime, sent } = fakeRuntime();
    const asker = service(runtime);
    await asker.rank({ question: 'hammaslääkäri aika', locale: 'fi' });
    const first = sent.length;
    const second = await asker.rank({ question: 'aika hammaslääkärille kotihoito', locale: 'fi' });
    const singleTerms = sent
      .slice(first)
      .flat()
      .filter((q) => q.startsWith('kb_fi:') && !q.includes(' '));
    // "aika" and the stem of "hammaslääkäri" were searched on their own already: only the new word is.
    expect(singleTerms).toEqual([`kb_fi:${runtime.analyzers.fi.stem('kotihoito')}`]);

    const fresh = fakeRuntime();
    expect(await service(fresh.runtime).rank({ question: 'aika hammaslääkärille kotihoito', locale: 'fi' })).toEqual(
      second,
    );

    runtime.version += 1; // the index changed: every search is made again
    const before = sent.length;
    await asker.rank({ question: 'kotihoito aika', locale: 'fi' });
    expect(sent.slice(before).flat()).toContain(`kb_fi:${runtime.analyzers.fi.stem('aika')}`);
  });
});
