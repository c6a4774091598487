import fc from 'fast-check';
import {
  DocumentFeatures,
  FieldTermMatcher,
  GramStatistics,
  StringNumbers,
  TermMatchScratch,
  TermStatistics,
  coverageQuery,
  fieldCoverageScore,
  fieldTerms,
  type ScoredFields,
  type TermCoverage,
} from '@botkb/search';

/** Fields as term numbers, numbering new terms. */
const numbered = (numbers: StringNumbers, fields: string[][]) =>
  fields.map((terms) => Int32Array.from(terms, (t) => numbers.number(t)));

describe('FieldTermMatcher (termMatch on term numbers)', () => {
  it('gives 1 for the word anywhere in a field, else the match of the first term in order that matches', () => {
    const numbers = new StringNumbers();
    const fields = numbered(numbers, [
      ['ajanvarus', 'ajanvarausta'], // a typo (0.8) before an inflection (0.85): the first counts
      ['ajanvarausta', 'ajanvarus'],
      ['ajanvarus', 'sauna', 'ajanvaraus'], // the word itself after a near match
      ['sauna', 'kela'],
    ]);
    const matcher = new FieldTermMatcher(['ajanvaraus', 'kela'], numbers, new TermMatchScratch());
    expect([...matcher.match(fields)]).toEqual([0.8, 0.85, 1, 0, 0, 0, 0, 1]);
  });

  it('matches words under five letters only exactly, and a word no field has only nearly', () => {
    const numbers = new StringNumbers();
    const fields = numbered(numbers, [['aikaa', 'aikx'], ['aika'], ['hammaslaakarillekin']]);
    const matcher = new FieldTermMatcher(['aika', 'hammaslaakari'], numbers, new TermMatchScratch());
    // "hammaslaakari" is a prefix of "hammaslaakarillekin" but over 3 letters shorter: no inflection, no typo.
    expect([...matcher.match(fields)]).toEqual([0, 1, 0, 0, 0, 0]);
    const near = new FieldTermMatcher(['hammaslaakarille'], numbers, new TermMatchScratch());
    expect([...near.match(fields)]).toEqual([0, 0, 0.85]);
  });

  it('stays right when matchers take turns on one scratch space and terms are numbered meanwhile', () => {
    const numbers = new StringNumbers();
    const scratch = new TermMatchScratch();
    const first = numbered(numbers, [['kotihoido', 'sauna']]);
    const a = new FieldTermMatcher(['kotihoito'], numbers, scratch);
    const b = new FieldTermMatcher(['sauna'], numbers, scratch);
    expect([...a.match(first)]).toEqual([0.8]);
    expect([...b.match(first)]).toEqual([1]);
    const later = numbered(numbers, [['kotihoitoa', 'kotihoito'], ['sauna']]);
    expect([...a.match(later)]).toEqual([1, 0]);
    expect([...a.match(first)]).toEqual([0.8]);
    expect([...b.match(later)]).toEqual([0, 1]);
  });
});

describe('DocumentFeatures.coverageScorer', () => {
  const POOL = [
    'ajanvaraus',
    'ajanvarausta',
    'ajanvarus',
    'ajanvarasu',
    'aika',
    'aikaa',
    'hammas',
    'hammaslaakari',
    'hammaslaakarille',
    'kotihoito',
    'kotihoido',
    'koti',
    'kela',
    'palaute',
    'palautteet',
    'sauna',
  ];
  const QUERY = [...POOL, 'zqxwv', 'ajanvaraukset', 'hammaslääkäri', 'kotihoitoa'];
  const synonyms = new Map([
    ['koti', ['kotihoito', 'palaute']],
    ['sauna', ['hämmäs', 'kela']],
    ['zqxwv', ['ajanvarausta']],
  ]);
  const stats = new TermStatistics();
  POOL.forEach((t, k) => stats.addDocument(POOL.slice(0, k + 1)));
  const words = fc.array(fc.constantFrom(...POOL), { maxLength: 12 }).map((ws) => ws.join(' '));
  const doc = fc.record({
    s_title: words,
    s_phrasings: fc.array(words, { maxLength: 2 }),
    s_topic: words,
    s_body: words,
  });
  // One DocumentFeatures for all runs: its terms are numbered as runs go, its scratch space reused.
  const features = new DocumentFeatures(new GramStatistics());
  let n = 0;

  it('scores exactly as fieldCoverageScore of the candidates’ field term sets, with the same trace', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom(...QUERY), { maxLength: 5 }),
        fc.array(fc.constantFrom(...QUERY), { minLength: 1, maxLength: 3 }),
        (fields, terms, others) => {
          const docs: ScoredFields[] = fields.map((f) => ({ id: `d${n++}`, title: '', body: '', phrasings: [], ...f }));
          const score = features.coverageScorer(coverageQuery(terms, stats, synonyms));
          const other = features.coverageScorer(coverageQuery(others, stats, synonyms));
          for (const d of docs) {
            const candidate = features.of(d);
            const traced: TermCoverage[] = [];
            const expected: TermCoverage[] = [];
            expect(score(candidate, traced)).toBe(fieldCoverageScore(terms, fieldTerms(d), stats, synonyms, expected));
            expect(traced).toEqual(expected);
            // Another ask's scorer in between (its matcher takes the scratch space over).
            expect(other(candidate)).toBe(fieldCoverageScore(others, fieldTerms(d), stats, synonyms));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
