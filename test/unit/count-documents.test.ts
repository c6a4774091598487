import { DocumentFeatures, GramStatistics, TermStatistics, buildSearchDocument, createAnalyzer } from '@botkb/search';
import { COUNT_BATCH, addToStatistics, countDocuments } from '../../cms/src/search/search-runtime';
import { knowledgeEntry } from '../helpers/knowledge-entry';

const entry = (n: number) => knowledgeEntry(`d${n}`, `Palvelu ${n}`, `Ajanvaraus terveysasemalle numero ${n}.`);

describe('countDocuments (the analyzers rebuilt from the whole knowledge base)', () => {
  const entries = Array.from({ length: COUNT_BATCH * 3 + 1 }, (_, n) => entry(n));
  const analyzer = createAnalyzer({ locale: 'fi', lexiconTexts: entries.map((e) => `${e.title} ${e.body}`) });

  it('gives the event loop turns while it counts, so a large base does not block asks and health checks', async () => {
    let turns = 0;
    let done = false;
    const spin = () => {
      turns += 1;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    await countDocuments(entries, analyzer, new TermStatistics(), new DocumentFeatures(new GramStatistics()));
    done = true;
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('counts what counting each document on its own counts', async () => {
    const stats = new TermStatistics();
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    await countDocuments(entries, analyzer, stats, features);
    const oneByOne = new TermStatistics();
    const reference = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    for (const e of entries) addToStatistics(oneByOne, reference, buildSearchDocument(e, analyzer));
    expect(stats).toEqual(oneByOne);
    expect(features.stats.documents).toBe(reference.stats.documents);
    const doc = buildSearchDocument(entries[COUNT_BATCH * 2], analyzer);
    expect(features.keptFor(doc.id, doc.fp)).toEqual(reference.keptFor(doc.id, doc.fp));
  });
});
