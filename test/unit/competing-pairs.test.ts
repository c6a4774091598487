import { findCompetingPairs, type RankedQuestion } from '../../cms/src/analytics/health/competing-pairs';

const ask = (question: string, ...scores: Array<[string, number]>): RankedQuestion => ({
  question,
  locale: 'fi',
  source: 'ask',
  candidates: scores.map(([slug, score]) => ({ kind: 'answer', slug, score })),
});

describe("findCompetingPairs (entries that take each other's questions)", () => {
  it('counts a pair when the two best scores differ by at most the margin, either side winning', () => {
    const pairs = findCompetingPairs(
      [
        ask('sairaslomatodistus lapselle', ['sairauslomatodistus', 0.82], ['hoitovapaatodistus', 0.8]),
        ask('todistus sairaasta lapsesta', ['hoitovapaatodistus', 0.9], ['sairauslomatodistus', 0.86]),
        ask('sairaslomatodistus lapselle', ['sairauslomatodistus', 0.7], ['hoitovapaatodistus', 0.65]),
        // 0.06 apart: not competing.
        ask('sairausloma', ['sairauslomatodistus', 0.9], ['hoitovapaatodistus', 0.84]),
      ],
      { minAsks: 3 },
    );
    expect(pairs).toEqual([
      {
        id: 'answer:hoitovapaatodistus|answer:sairauslomatodistus',
        a: { kind: 'answer', slug: 'hoitovapaatodistus', wins: 1 },
        b: { kind: 'answer', slug: 'sairauslomatodistus', wins: 2 },
        asks: 3,
        tests: 0,
        // (0.02 + 0.04 + 0.05) / 3
        meanMargin: 0.0367,
        examples: [
          { question: 'sairaslomatodistus lapselle', locale: 'fi', count: 2 },
          { question: 'todistus sairaasta lapsesta', locale: 'fi', count: 1 },
        ],
      },
    ]);
  });

  it('leaves out pairs with fewer real asks than the minimum, unless a test question shows them', () => {
    const twice = [ask('q1', ['a', 0.5], ['b', 0.5]), ask('q2', ['a', 0.5], ['b', 0.49])];
    expect(findCompetingPairs(twice, { minAsks: 3 })).toEqual([]);
    const test: RankedQuestion = { ...ask('q3', ['c', 0.6], ['d', 0.58]), source: 'test' };
    const pairs = findCompetingPairs([...twice, test], { minAsks: 3 });
    expect(pairs.map((p) => [p.id, p.asks, p.tests])).toEqual([['answer:c|answer:d', 0, 1]]);
  });

  it('skips the same entry found again in the other locale and compares with the next entry', () => {
    const fallback: RankedQuestion = {
      question: 'neuvola',
      locale: 'sv',
      source: 'test',
      candidates: [
        { kind: 'answer', slug: 'neuvola', score: 0.8 },
        { kind: 'answer', slug: 'neuvola', score: 0.79 },
        { kind: 'path', slug: 'tilavaraus-ohjaus', score: 0.77 },
      ],
    };
    expect(findCompetingPairs([fallback]).map((p) => p.id)).toEqual(['answer:neuvola|path:tilavaraus-ohjaus']);
  });

  it('orders pairs by asks and keeps only the most frequent examples', () => {
    const many = ['x1', 'x2', 'x2', 'x3'].map((q) => ask(q, ['e', 0.5], ['f', 0.5]));
    const more = ['y1', 'y1', 'y2', 'y3', 'y4'].map((q) => ask(q, ['g', 0.5], ['h', 0.48]));
    const pairs = findCompetingPairs([...many, ...more], { minAsks: 3, examples: 2 });
    expect(pairs.map((p) => p.id)).toEqual(['answer:g|answer:h', 'answer:e|answer:f']);
    expect(pairs[0].examples.map((e) => [e.question, e.count])).toEqual([
      ['y1', 2],
      ['y2', 1],
    ]);
  });

  it('needs two different candidates', () => {
    expect(findCompetingPairs([ask('only', ['a', 0.9])], { minAsks: 1 })).toEqual([]);
  });
});
