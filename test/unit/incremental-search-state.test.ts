import fc from 'fast-check';
import { buildSearchDocument, type KnowledgeEntry } from '@botkb/search';
import type { Core } from '@strapi/strapi';
import { SearchRuntime } from '../../cms/src/search/search-runtime';
import type { EntryChange } from '../../cms/src/search/plan-changes';
import type { ChangeDetail } from '../../cms/src/cluster/change-bus';
import { knowledgeEntry } from '../helpers/knowledge-entry';

// The database the runtime reads (its only collaborators mocked: this is a unit test of SearchRuntime).
const mockDatabase = new Map<string, KnowledgeEntry>();
jest.mock('../../cms/src/search/read-knowledge-entries', () => ({
  readKnowledgeEntry: async (_strapi: unknown, kind: string, documentId: string, locale: string) =>
    mockDatabase.get(`${kind}|${documentId}|${locale}`) ?? null,
  readAllKnowledgeEntries: async function* (_strapi: unknown, locale: string) {
    yield [...mockDatabase.values()].filter((e) => e.locale === locale);
  },
}));
jest.mock('../../cms/src/search/read-vocabulary', () => ({
  readVocabulary: async () => ({ stopWords: ['ja', 'miten'], synonyms: [['hammaslääkäri', 'hammaskeskus']] }),
}));

/** Words whose compound splits depend on which others are published ("hammashoito" = "hammas" + "hoito"). */
const WORDS = [
  'hammas',
  'hoito',
  'hammashoito',
  'hammashoitoon',
  'lääkäri',
  'hammaslääkärille',
  'lasten',
  'suojelu',
  'ilmoitus',
  'lastensuojeluilmoitus',
  'koti',
  'kotihoidon',
  'ajanvaraus',
  'aika',
  'varaus',
  'kesä',
  'kesätyö',
  'työ',
  'terveysasema',
  'terveys',
  'asema',
  'ja',
  'miten',
  'neuvola',
];
const QUESTIONS = [
  'miten varaan hammashoitoon ajan',
  'kesätyö terveysasemalla',
  'lastensuojelu ilmoitus',
  'hamashoito',
];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
/** Publish (a new version of) entry `doc`, or unpublish it; `batch`: the sync worker's batch ends after it. */
const step = fc.record({
  doc: fc.integer({ min: 0, max: 5 }),
  publish: fc.boolean(),
  title: words,
  body: words,
  batch: fc.boolean(),
  notify: fc.boolean(),
});

const config = { indexPrefix: 't', host: 'http://127.0.0.1:9', masterKey: 'unused' } as ConstructorParameters<
  typeof SearchRuntime
>[1];

async function runtime(): Promise<SearchRuntime> {
  const r = new SearchRuntime({} as Core.Strapi, config);
  await r.rebuildAnalyzers();
  r.ready = true;
  return r;
}

/** Everything the ranking reads of a runtime's fi state, in a form that does not depend on insertion order. */
function state(r: SearchRuntime) {
  const analyzer = r.analyzers.fi;
  const stats = r.stats.fi;
  const features = r.features.fi;
  const sorted = (m: ReadonlyMap<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  const entries = [...mockDatabase.values()].filter((e) => e.locale === 'fi');
  return {
    lexicon: analyzer.lexicon.wordList().sort(),
    analysis: WORDS.map((w) => analyzer.terms(w)),
    queries: QUESTIONS.map((q) => analyzer.queryTerms(q)),
    synonyms: [...r.synonyms.fi].map(([term, others]) => [term, [...others].sort()]).sort(),
    documents: stats.documents,
    termFrequencies: sorted(stats.frequencies()),
    idf: sorted(stats.frequencies()).map(([t]) => stats.idf(t)),
    corrections: ['hamashoito', 'ajanvarus', 'terveysasma'].map((t) => stats.correct(t)),
    gramDocuments: features.stats.documents,
    gramFrequencies: sorted(features.stats.frequencies()),
    counted: [...features.countedIds()].sort(),
    features: entries.map((e) => {
      const doc = buildSearchDocument(e, analyzer);
      const kept = features.keptFor(doc.id, doc.fp);
      return {
        id: doc.id,
        terms: features.countedTerms(doc.id)?.sort(),
        fields: kept?.fields.map(([set, weight, field]) => [[...set].sort(), weight, field]),
        grams: kept && QUESTIONS.map((q) => features.gramScore(features.stats.vector(q), kept)),
      };
    }),
  };
}

describe('SearchRuntime keeps its derived state an exact function of the published entries', () => {
  it('equals a rebuild after batches applied here and on a second runtime fed the notifications', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        mockDatabase.clear();
        const applying = await runtime();
        const notified = await runtime();
        let batch: EntryChange[] = [];
        let announced: ChangeDetail[] = [];
        for (const s of steps) {
          const documentId = `d${s.doc}`;
          const key = `answer|${documentId}|fi`;
          if (s.publish) mockDatabase.set(key, knowledgeEntry(documentId, s.title, s.body));
          else mockDatabase.delete(key);
          batch.push({ kind: 'answer', documentId, locale: 'fi' });
          if (s.batch) {
            await applying.applyEntries(batch);
            announced.push(...batch.map((e) => ({ target: e.kind, documentId: e.documentId, locale: e.locale })));
            batch = [];
          }
          if (s.notify && announced.length > 0) {
            const before = notified.version;
            await notified.reload(announced);
            expect(notified.version).toBeGreaterThan(before);
            announced = [];
          }
        }
        await applying.applyEntries(batch);
        announced.push(...batch.map((e) => ({ target: e.kind, documentId: e.documentId, locale: e.locale })));
        await notified.reload(announced);
        const rebuilt = state(await runtime());
        expect(state(applying)).toEqual(rebuilt);
        expect(state(notified)).toEqual(rebuilt);
      }),
      { numRuns: 150 },
    );
  });

  it('returns the documents to write and the ids to delete, with the documents re-analyzed by new words', async () => {
    mockDatabase.clear();
    mockDatabase.set('answer|d1|fi', knowledgeEntry('d1', 'Hammashoito', 'hammashoito'));
    const r = await runtime();
    expect(r.analyzers.fi.terms('hammashoito')).toEqual([r.analyzers.fi.stem('hammashoito')]);
    mockDatabase.set('answer|d2|fi', knowledgeEntry('d2', 'Hammas ja hoito', 'hoito hammas'));
    mockDatabase.delete('answer|d3|fi');
    const changes = await r.applyEntries([
      { kind: 'answer', documentId: 'd2', locale: 'fi' },
      { kind: 'answer', documentId: 'd3', locale: 'fi' },
    ]);
    // "hoito" is a word now: d1's "hammashoito" splits into "hammas" + "hoito", so d1 is written again.
    expect(
      changes.adds
        .get('fi')
        ?.map((d) => d.id)
        .sort(),
    ).toEqual(['answer-d1', 'answer-d2']);
    expect(
      changes.adds
        .get('fi')
        ?.find((d) => d.id === 'answer-d1')
        ?.s_body.split(' '),
    ).toHaveLength(3);
    expect(changes.deletes.get('fi')).toEqual(['answer-d3']);
  });

  it('takes the words of a re-analyzed document out when it is gone before its own change arrives', async () => {
    mockDatabase.clear();
    mockDatabase.set('answer|d1|fi', knowledgeEntry('d1', 'Hammashoito', 'hammashoito'));
    const r = await runtime();
    mockDatabase.set('answer|d2|fi', knowledgeEntry('d2', 'Hammas ja hoito', 'hoito hammas'));
    mockDatabase.delete('answer|d1|fi');
    // Only d2's change is applied: "hoito" splits d1's "hammashoito" otherwise, and d1 is read again, gone.
    const changes = await r.applyEntries([{ kind: 'answer', documentId: 'd2', locale: 'fi' }]);
    expect(changes.reanalyzed).toEqual([{ kind: 'answer', documentId: 'd1', locale: 'fi' }]);
    expect(changes.deletes.get('fi')).toEqual(['answer-d1']);
    expect(r.analyzers.fi.lexicon.wordList()).not.toContain('hammashoito');
    expect(state(r)).toEqual(state(await runtime()));
  });
});
