import { GramStatistics, gramCosine, gramScore, relevanceScore } from '@botkb/search';

const docs = {
  dental: {
    short: 'Hammashoidon ajanvaraus\naika hammaslääkärille\nhammas kipeä',
    long: 'Varaa aika hammashoitolaan puhelimitse.',
  },
  homeCare: { short: 'Kotihoito\nkotihoitoa vanhukselle', long: 'Kotihoito auttaa arjessa kotona.' },
};
const stats = new GramStatistics(new Set(['miten', 'mistä']));
for (const d of Object.values(docs)) stats.addDocument(`${d.short}\n${d.long}`);
const fields = (d: { short: string; long: string }) => ({ short: stats.vector(d.short), long: stats.vector(d.long) });

describe('GramStatistics', () => {
  it('matches inflected and misspelled forms that stems miss', () => {
    // A glued-together compound with a typo, and consonant gradation ("hoidosta" of "hoito"), still share most letter sequences.
    const dental = stats.vector('hammaslääkäriaikaa');
    expect(gramScore(dental, fields(docs.dental))).toBeGreaterThan(gramScore(dental, fields(docs.homeCare)) + 0.1);
    const homeCare = stats.vector('kotihoidosta');
    expect(gramScore(homeCare, fields(docs.homeCare))).toBeGreaterThan(gramScore(homeCare, fields(docs.dental)) + 0.1);
  });

  it('is a cosine: 1 for the same text, 0 for nothing in common or an empty text', () => {
    const v = stats.vector('kotihoito');
    expect(gramCosine(v, stats.vector('kotihoito'))).toBeCloseTo(1, 10);
    expect(gramCosine(v, stats.vector('xyz qqq'))).toBe(0);
    expect(gramCosine(v, stats.vector('miten mistä'))).toBe(0); // stop words only
  });

  it('weighs body matches below title and phrasing matches, and blends with coverage in [0, 1]', () => {
    const q = stats.vector('puhelimitse');
    const inBody = gramScore(q, fields(docs.dental));
    expect(inBody).toBeGreaterThan(0);
    expect(inBody).toBeLessThanOrEqual(0.6);
    expect(relevanceScore(1, 1)).toBeCloseTo(1, 10);
    expect(relevanceScore(0, 0)).toBe(0);
    expect(relevanceScore(0.5, 0.2)).toBeGreaterThan(relevanceScore(0.5, 0.1));
  });
});
