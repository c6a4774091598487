import fc from 'fast-check';
import {
  DocumentFeatures,
  GramCounter,
  GramStatistics,
  buildSearchDocument,
  createAnalyzer,
  fieldTerms,
  foldDiacritics,
  gramCosine,
  gramScore,
  gramTexts,
  textFingerprint,
  tokenize,
  type KnowledgeEntry,
} from '@botkb/search';

const WORDS = [
  'hammaslääkäri',
  'aika',
  'varaus',
  'kotihoito',
  'ja',
  'lääkäri',
  'tandläkare',
  'ääkkö',
  'x',
  'ajanvaraus',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));

const entry = (documentId: string, title: string, body: string, phrasings: string[] = []): KnowledgeEntry => ({
  kind: 'answer',
  documentId,
  locale: 'fi',
  slug: documentId,
  audience: 'resident',
  topic: null,
  title,
  body,
  phrasings,
  partners: [],
  handoff: null,
  firstStep: null,
  translations: ['fi'],
});

describe('GramCounter (compact n-gram counts of indexed documents)', () => {
  it('gives exactly the cosine of the full gram vectors, whichever vector is smaller', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, (docs, question) => {
        const stats = new GramStatistics(new Set(['ja']));
        docs.forEach((d) => stats.addDocument(d));
        const counter = new GramCounter();
        const compact = docs.map((d) => counter.compact(stats.words(d)));
        const query = stats.vector(question);
        docs.forEach((d, i) =>
          expect(counter.cosine(query, compact[i], stats)).toBe(gramCosine(query, stats.vector(d))),
        );
        // The statistics grow (a publish): weights follow at once.
        stats.addDocument(question);
        docs.forEach((d, i) =>
          expect(counter.cosine(query, compact[i], stats)).toBe(gramCosine(query, stats.vector(d))),
        );
        // A text with words new to the counter (its grams numbered now) against the same query vector.
        const later = counter.compact(stats.words(question));
        expect(counter.cosine(query, later, stats)).toBe(gramCosine(query, stats.vector(question)));
      }),
    );
  });

  it('gives the exact cosine over a vocabulary larger than its first tables and its query bit set', () => {
    // 4,000 words of 9 letters: ~56,000 grams, past the 32,768 bits the query's grams are hashed into
    // (grams sharing a bit must still be told apart) and past the first room for words and their grams.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const words = Array.from({ length: 4_000 }, () => Array.from({ length: 9 }, letter).join(''));
    const docs = Array.from({ length: 80 }, (_, d) => words.slice(d * 50, d * 50 + 50).join(' '));
    const stats = new GramStatistics(new Set());
    docs.forEach((d) => stats.addDocument(d));
    const counter = new GramCounter();
    const compact = docs.map((d) => counter.compact(stats.words(d)));
    expect(counter.distinctGrams(compact).size).toBeGreaterThan(32_768);
    for (const question of [words.slice(0, 6).join(' '), `${words[3_990]} ${words[17]} ${words[2_501]}`]) {
      const query = stats.vector(question);
      const cosines = docs.map((d, i) => counter.cosine(query, compact[i], stats));
      docs.forEach((d, i) => expect(cosines[i]).toBe(gramCosine(query, stats.vector(d))));
      expect(cosines.filter((c) => c > 0).length).toBeGreaterThan(0);
    }
  });

  it('gives the exact cosine when queries take turns on one counter (what it keeps per query is renewed)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), text, text, (docs, first, second) => {
        const stats = new GramStatistics(new Set(['ja']));
        docs.forEach((d) => stats.addDocument(d));
        const counter = new GramCounter();
        const compact = docs.map((d) => counter.compact(stats.words(d)));
        for (const question of [first, second, first]) {
          const query = stats.vector(question);
          docs.forEach((d, i) =>
            expect(counter.cosine(query, compact[i], stats)).toBe(gramCosine(query, stats.vector(d))),
          );
        }
      }),
    );
  });
});

/** N-grams counted token by token (how GramStatistics counted before it counted words). */
function textbookGrams(text: string, stopWords: ReadonlySet<string>): string[] {
  const grams = new Set<string>();
  for (const token of tokenize(text)) {
    if (stopWords.has(token)) continue;
    const word = ` ${foldDiacritics(token)} `;
    for (const n of [3, 4]) for (let i = 0; i + n <= word.length; i++) grams.add(word.slice(i, i + n));
  }
  return [...grams];
}

describe('GramStatistics counted by word', () => {
  it('gives a text its grams in the order a token-by-token count does', () => {
    fc.assert(
      fc.property(text, (t) => {
        const stats = new GramStatistics(new Set(['ja']));
        expect([...stats.vector(t).weights.keys()]).toEqual(textbookGrams(t, new Set(['ja'])));
      }),
    );
  });
});

describe('DocumentFeatures (ranking features kept per indexed document)', () => {
  const analyzer = createAnalyzer({ locale: 'fi', lexiconTexts: ['hammaslääkäri aika varaus kotihoito'] });
  const docs = [
    buildSearchDocument(
      entry('a', 'Hammaslääkärin ajanvaraus', 'Varaa aika hammaslääkärille.', ['hammaslääkäri']),
      analyzer,
    ),
    buildSearchDocument(entry('b', 'Kotihoito', 'Kotihoito auttaa kotona, ajanvaraus puhelimella.'), analyzer),
  ];

  it('counts documents as GramStatistics.addDocument does, and scores them as gramScore does', () => {
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    const reference = new GramStatistics(analyzer.stopWords);
    for (const doc of docs) {
      features.add(doc);
      const { short, long } = gramTexts(doc);
      reference.addDocument(`${short}\n${long}`);
    }
    const query = reference.vector('hammaslääkärille aikaa');
    expect(features.stats.vector('hammaslääkärille aikaa')).toEqual(query);
    for (const doc of docs) {
      const { short, long } = gramTexts(doc);
      const vectors = { short: reference.vector(short), long: reference.vector(long) };
      expect(features.gramScore(query, features.of(doc))).toBe(gramScore(query, vectors));
      expect(features.fieldTerms(features.of(doc))).toEqual(fieldTerms(doc));
    }
    expect(features.size).toBe(2);
  });

  it('keeps the features computed at indexing, and uses a hit’s own texts when they differ', () => {
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    docs.forEach((d) => features.add(d));
    expect(features.of({ ...docs[0] }).grams).toBe(features.of(docs[0]).grams);
    const edited = { ...docs[0], s_body: `${docs[0].s_body} kotihoito` };
    expect(features.fieldTerms(features.of(edited))).toEqual(fieldTerms(edited));
    features.delete(docs[1].id);
    expect(features.size).toBe(1);
  });

  it('finds the features kept for a document id by the fingerprint of its texts (an ask retrieves no texts)', () => {
    const features = new DocumentFeatures(new GramStatistics(analyzer.stopWords));
    docs.forEach((d) => features.add(d));
    expect(docs[0].fp).toBe(textFingerprint(docs[0]));
    expect(features.keptFor(docs[0].id, docs[0].fp)).toEqual(features.of(docs[0]));
    const edited = buildSearchDocument(entry('a', 'Hammaslääkärin ajanvaraus', 'Varaa aika.'), analyzer);
    expect(edited.id).toBe(docs[0].id);
    expect(edited.fp).not.toBe(docs[0].fp);
    expect(features.keptFor(edited.id, edited.fp)).toBeNull();
    expect(features.keptFor('answer-unknown', docs[0].fp)).toBeNull();
  });
});
