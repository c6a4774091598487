import { DocumentFeatures, GramStatistics, buildSearchDocument, createAnalyzer } from '@botkb/search';
import { STALE_SHARE, staleIndexSample } from '../../cms/src/search/stale-index-sample';
import { knowledgeEntry } from '../helpers/knowledge-entry';

const entry = (n: number) =>
  knowledgeEntry(`d${n}`, `Palvelu ${n}`, `Potilaan ajanvaraus terveysasemalle, palvelu ${n}.`);

describe('staleIndexSample (whether the sync worker rebuilds an index at start-up)', () => {
  const entries = Array.from({ length: 50 }, (_, n) => entry(n));
  const analyzer = createAnalyzer({ locale: 'fi', lexiconTexts: entries.map((e) => `${e.title} ${e.body}`) });
  const docs = entries.map((e) => buildSearchDocument(e, analyzer));
  const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
  docs.forEach((d) => features.add(d));
  const sample = docs.map(({ id, fp }) => ({ id, fp }));

  it('keeps an index analyzed as the content is now, and one with a few changes still queued', () => {
    expect(staleIndexSample(sample, features)).toBe(false);
    const queued = Math.floor(sample.length * STALE_SHARE);
    expect(
      staleIndexSample(
        sample.map((d, i) => (i < queued ? { ...d, fp: d.fp + 1 } : d)),
        features,
      ),
    ).toBe(false);
  });

  it('rebuilds an index written before fingerprints, or by another analyzer (an upgrade)', () => {
    expect(staleIndexSample([{ id: sample[0].id }, ...sample.slice(1)], features)).toBe(true);
    // Another analyzer (the search vocabulary's stop words here) analyzes the same texts otherwise.
    const other = createAnalyzer({ locale: 'fi', stopWords: ['potilaan', 'palvelu'], lexiconTexts: [] });
    const older = entries.map((e) => buildSearchDocument(e, other)).map(({ id, fp }) => ({ id, fp }));
    expect(staleIndexSample(older, features)).toBe(true);
  });
});
