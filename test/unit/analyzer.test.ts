import {
  createAnalyzer,
  TermStatistics,
  coverageScore,
  splitCompound,
  Lexicon,
  editDistance,
  indexSettings,
} from '@botkb/search';
import type { QueryWordTrace, TermCoverage } from '@botkb/search';

const lexiconTexts = [
  'Hammashoidon ajanvaraus. Hammaslääkäri ja suuhygienisti.',
  'Lääkärin vastaanotto terveysasemalla',
  'Lastensuojeluilmoitus: ilmoitus huolesta lapsen tilanteesta',
  'Mielenterveys ja mielenterveyspalvelut',
  'kotihoito koti hoito',
];
const fi = createAnalyzer({ locale: 'fi', stopWords: ['miten', 'mistä', 'saa'], lexiconTexts });
const sv = createAnalyzer({
  locale: 'sv',
  stopWords: ['hur', 'jag'],
  lexiconTexts: ['Tandläkare och tandvård', 'förnya recept', 'tid'],
});

describe('Finnish/Swedish analyzer', () => {
  it('stems inflected forms to the same term', () => {
    expect(fi.stem('hammaslääkärille')).toBe(fi.stem('hammaslääkäri'));
    expect(fi.stem('hammashoidon')).toBe(fi.stem('hammashoito')); // consonant gradation folded
    expect(sv.stem('receptet') === sv.stem('recept') || sv.stem('recepten') === sv.stem('recept')).toBe(true);
  });

  it('reads every form of the Finnish negation verb as "ei"', () => {
    for (const form of ['en', 'et', 'ei', 'emme', 'ette', 'eivät', 'eikä', 'enkä', 'eikö', 'eihän'])
      expect(fi.stem(form)).toBe('ei');
    expect(fi.terms('mies makaa eikä herää')).toEqual(expect.arrayContaining(fi.terms('ei herää')));
    expect(fi.stem('eilen')).not.toBe('ei');
    expect(sv.stem('en')).not.toBe('ei');
  });

  it('splits compounds into parts the knowledge base knows', () => {
    const lex = new Lexicon((w) => fi.stem(w));
    lexiconTexts.forEach((t) => lex.addText(t));
    expect(splitCompound('lastensuojeluilmoitus', lex)).toEqual(expect.arrayContaining(['ilmoitus']));
    expect(splitCompound('hammaslääkärille', lex)).toEqual(['hammas', 'lääkärille']);
    expect(splitCompound('ilmoitus', lex)).toEqual([]);
  });

  it('indexes a compound with its parts, so a part alone finds it', () => {
    const doc = fi.terms('Lastensuojeluilmoitus');
    expect(doc).toContain(fi.stem('ilmoitus'));
    expect(fi.queryTerms('miten teen ilmoituksen')).toEqual([fi.stem('teen'), fi.stem('ilmoituksen')]);
  });

  it('drops stop words and searches an unknown compound as its parts', () => {
    expect(fi.queryTerms('mistä saa hammaslääkärille')).toEqual([fi.stem('hammaslääkärille')]);
    expect(fi.queryTerms('hammasklinikalle')).not.toContain('hammasklinikalle');
  });

  it('corrects misspellings against the indexed terms and scores coverage', () => {
    const stats = new TermStatistics();
    const docA = {
      s_title: fi.analyze('Hammashoidon ajanvaraus'),
      s_phrasings: [fi.analyze('aika hammaslääkärille')],
      s_topic: '',
      s_body: fi.analyze('Varaa aika suuhygienistille'),
    };
    const docB = { s_title: fi.analyze('Kotihoito'), s_phrasings: [], s_topic: '', s_body: fi.analyze('Apua kotiin') };
    for (const d of [docA, docB]) stats.addDocument([d.s_title, ...d.s_phrasings, d.s_body].join(' ').split(' '));
    expect(stats.correct('ajanvarus')).toBe(fi.stem('ajanvaraus'));
    expect(stats.correct('ajanvarasu')).toBe(fi.stem('ajanvaraus')); // swapped letters are one typo
    expect(editDistance('kotihoito', 'kotihoido')).toBe(1);
    const q = fi.queryTerms('hammashoidon ajanvaraus');
    expect(coverageScore(q, docA, stats, new Map())).toBeGreaterThan(0.9);
    expect(coverageScore(q, docB, stats, new Map())).toBe(0);
    expect(coverageScore(['sääennuste'], docA, stats, new Map())).toBe(0);
  });
});

describe('spelling correction and prefix matches keep words apart', () => {
  const doc = {
    s_title: fi.analyze('Palaute kaupungin palveluista'),
    s_phrasings: [fi.analyze('lääkärille aika')],
    s_topic: '',
    s_body: fi.analyze('Kela'),
  };
  const stats = new TermStatistics();
  stats.addDocument([doc.s_title, ...doc.s_phrasings, doc.s_body].join(' ').split(' '));

  it('leaves terms under five letters alone: one edit makes another word of them ("pelaan" is not "Kela")', () => {
    expect(fi.stem('pelaan').length).toBeLessThan(5);
    expect(stats.correct(fi.stem('pelaan'))).toBeNull();
    expect(stats.correct('palaxt')).toBe(fi.stem('palaute'));
  });

  it('counts a longer or shorter stem as the same word only when it is an inflection, not a compound head', () => {
    expect(coverageScore([fi.stem('kaupunginjohtaja')], doc, stats, new Map())).toBe(0);
    expect(coverageScore([fi.stem('lääkäriajan')], doc, stats, new Map())).toBeCloseTo(0.85);
  });
});

describe('index settings', () => {
  it('keys synonyms by the terms a question is searched with, so a compound reaches its synonyms', () => {
    const vocabulary = {
      stopWords: [],
      synonyms: [
        ['terveyskeskus', 'terveysasema'],
        ['omaishoidon tuki', 'omaishoitaja'],
      ],
    };
    const analyzer = createAnalyzer({
      locale: 'fi',
      lexiconTexts: ['terveyskeskus ja terveysasema', 'terveys keskus'],
    });
    const { synonyms } = indexSettings(analyzer, vocabulary);
    expect(analyzer.terms('terveyskeskus')).toContain('keskus'); // indexed with its parts
    expect(synonyms[analyzer.analyzeQuery('terveyskeskus')]).toEqual([analyzer.analyzeQuery('terveysasema')]);
    expect(synonyms[analyzer.analyzeQuery('omaishoidon tuki')]).toEqual([analyzer.analyzeQuery('omaishoitaja')]);
  });
});

describe('explaining a query (the ranking traces what it did)', () => {
  it('traces how each word of a query was read, stop words included, without changing the terms', () => {
    const trace: QueryWordTrace[] = [];
    const question = 'mistä saa kotihoitoilmoitus x';
    expect(fi.queryTerms(question, trace)).toEqual(fi.queryTerms(question));
    expect(trace.map((w) => [w.word, w.how])).toEqual([
      ['mistä', 'stop'],
      ['saa', 'stop'],
      ['kotihoitoilmoitus', 'compound'],
      ['x', 'short'],
    ]);
    expect(trace[2].terms).toEqual([fi.stem('kotihoito'), fi.stem('ilmoitus')]);
    const known: QueryWordTrace[] = [];
    fi.queryTerms('hammaslääkärille', known);
    expect(known).toEqual([{ word: 'hammaslääkärille', how: 'stem', terms: [fi.stem('hammaslääkärille')] }]);
  });

  it('traces how each term counted in a coverage score: field, synonym used, weight share', () => {
    const stats = new TermStatistics();
    const doc = {
      s_title: fi.analyze('Kotihoito'),
      s_phrasings: [],
      s_topic: '',
      s_body: fi.analyze('Apua kotiin ja ateriapalvelu'),
    };
    stats.addDocument([doc.s_title, doc.s_body].join(' ').split(' '));
    stats.addDocument(fi.analyze('Hammashoito').split(' '));
    const synonyms = new Map([[fi.stem('kotipalvelu'), [fi.stem('kotihoito')]]]);
    const terms = [fi.stem('kotipalvelu'), fi.stem('ateriapalvelu'), 'zqxwv'];
    const trace: TermCoverage[] = [];
    const score = coverageScore(terms, doc, stats, synonyms, trace);
    expect(score).toBe(coverageScore(terms, doc, stats, synonyms));
    expect(trace.map((x) => [x.term, x.field, x.variant])).toEqual([
      [terms[0], 's_title', fi.stem('kotihoito')],
      [terms[1], 's_body', terms[1]],
      ['zqxwv', null, null],
    ]);
    expect(trace.map((x) => x.match)).toEqual([1, 0.55, 0]);
    expect(trace.reduce((sum, x) => sum + x.weight, 0)).toBeCloseTo(1, 10);
    expect(trace.reduce((sum, x) => sum + x.weight * x.match, 0)).toBeCloseTo(score, 10);
  });
});

describe('editDistance (optimal string alignment)', () => {
  it('counts a wrong, missing, extra or swapped letter as one edit', () => {
    expect(editDistance('koira', 'koira', 1)).toBe(0);
    expect(editDistance('koira', 'kiora', 1)).toBe(1);
    expect(editDistance('rintakipu', 'rintakpiu')).toBe(1);
    expect(editDistance('koira', 'koiraa', 1)).toBe(1);
    expect(editDistance('koira', 'koia')).toBe(1);
    expect(editDistance('koira', 'kissa')).toBe(3);
    expect(editDistance('koira', 'kissa', 1)).toBe(2); // stops early above the limit
    expect(editDistance('abc', 'ca')).toBe(3); // no letter is edited twice
  });
});
