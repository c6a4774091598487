import fc from 'fast-check';
import { BoundedCache, TermStatistics, createAnalyzer, editDistance } from '@botkb/search';

describe('BoundedCache (the memos of the ask hot path)', () => {
  it('never holds more than its limit, however many keys go in', () => {
    const cache = new BoundedCache<string, number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(`word${i}`, i);
    expect(cache.size).toBe(100);
    expect(cache.get('word9999')).toBe(9999);
    expect(cache.get('word0')).toBeUndefined();
  });

  it('drops the least recently used entry, a read counting as a use', () => {
    const cache = new BoundedCache<string, string | null>(2);
    cache.set('a', 'A');
    cache.set('b', null);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
  });

  it('refuses a limit below one', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});

/** Optimal string alignment distance, the textbook way (the reference the fast version must equal). */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance with reused rows', () => {
  const word = fc.string({ unit: fc.constantFrom(...'aäkostu'), maxLength: 12 });

  it('equals the textbook distance up to max, and says more than max beyond it, whatever ran before', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 2, max: 4 }), (a, b, max) => {
        const expected = referenceDistance(a, b);
        if (expected <= max) expect(editDistance(a, b, max)).toBe(expected);
        else expect(editDistance(a, b, max)).toBeGreaterThan(max);
      }),
      { numRuns: 2_000 },
    );
    // After a long pair grew the rows, short pairs still start from clean rows.
    expect(editDistance('a'.repeat(200), 'b'.repeat(200), 500)).toBe(200);
    expect(editDistance('kotihoito', 'kotihiotoa', 2)).toBe(2);
  });
});

describe('memoised analysis stays true to the knowledge base', () => {
  it('a spelling correction remembered before a new document is looked up again after it', () => {
    const stats = new TermStatistics();
    stats.addDocument(['hammas']);
    expect(stats.correct('kotihoidto')).toBeNull();
    expect(stats.correct('kotihoidto')).toBeNull();
    stats.addDocument(['kotihoito']);
    expect(stats.correct('kotihoidto')).toBe('kotihoito');
  });

  it('a word read before new content reached the lexicon is read again with the new words', () => {
    const fi = createAnalyzer({ locale: 'fi', lexiconTexts: ['hammas'] });
    const before = fi.queryTerms('hammaslääkärille');
    expect(before).toEqual([fi.stem('hammaslääkärille')]);
    fi.lexicon.addText('lääkäri');
    expect(fi.queryTerms('hammaslääkärille')).toEqual([fi.stem('hammas'), fi.stem('lääkärille')]);
    expect(fi.words('hammaslääkärille')[0].parts).toEqual([fi.stem('hammas'), fi.stem('lääkärille')]);
  });

  it('a caller changing a returned reading does not change the next one', () => {
    const fi = createAnalyzer({ locale: 'fi', lexiconTexts: ['hammas lääkäri'] });
    fi.words('hammaslääkärille')[0].parts.push('x');
    const trace: Array<{ terms: string[] }> = [];
    fi.queryTerms('hammaslääkärille', trace as never);
    trace[0].terms.push('y');
    expect(fi.words('hammaslääkärille')[0].parts).not.toContain('x');
    expect(fi.queryTerms('hammaslääkärille')).not.toContain('y');
  });
});
