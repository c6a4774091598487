import fc from 'fast-check';
import { createAnalyzer, type Analyzer } from '@botkb/search';
import { demoLexiconTexts, labelledUnansweredQuestions, readDemoContent } from '@botkb/seeds';
import { QuestionClusters } from '../../cms/src/analytics/question-clusters';
import { termSimilarity } from '../../cms/src/analytics/term-similarity';
import { questionKey } from '../../cms/src/analytics/question-key';
import { measureGrouping } from '../../cms/src/analytics/measure-grouping';

type Locale = 'fi' | 'sv';
const content = readDemoContent();
/** The search analyzer the bot keys questions with: the content team's stop words and knowledge base (and edits). */
const searchAnalyzerOf = (
  locale: Locale,
  edit: { stopWords: string[]; texts: string[] } = { stopWords: [], texts: [] },
) =>
  createAnalyzer({
    locale,
    stopWords: [...content.vocabulary[locale].stopWords, ...edit.stopWords],
    lexiconTexts: [...demoLexiconTexts(content, locale), ...edit.texts],
  });
const analyzers: Record<Locale, Analyzer> = { fi: searchAnalyzerOf('fi'), sv: searchAnalyzerOf('sv') };
const key = (locale: string, text: string) => questionKey(analyzers[locale as Locale], text);

/** Questions the demo history never asks, one inner list per intent (variants of one question). */
const INTENTS: Record<Locale, string[][]> = {
  fi: [
    ['uimahallin aukioloajat', 'milloin uimahalli on auki', 'onko uimahalli auki tänään', 'uimahalli aukioloaika'],
    ['milloin roska-astia tyhjennetään', 'roska-astian tyhjennys', 'roska-astioiden tyhjennyspäivä'],
    ['hukkasin kirjaston kirjan', 'kirjaston kirja hukassa mitä teen', 'kadonnut kirjaston kirja'],
    ['paljonko kuntosali maksaa', 'kuntosalin hinta', 'kuntosalikortin hinta'],
    ['saako venettä säilyttää rannalla', 'veneen talvisäilytys rannalla', 'veneen säilytys kaupungin rannassa'],
    ['miten ilmoitan katulampun rikki', 'katuvalo ei pala', 'rikkinäinen katulamppu ilmoitus'],
  ],
  sv: [
    ['när öppnar simhallen', 'simhallens öppettider', 'är simhallen öppen idag'],
    ['när töms soptunnan', 'tömning av soptunnan', 'soptunnans tömningsdag'],
    ['jag har tappat en bok från biblioteket', 'borttappad biblioteksbok', 'biblioteksboken har tappats bort'],
    ['vad kostar gymmet', 'gymmets pris', 'gymkortets pris'],
    ['gatlampan lyser inte', 'trasig gatlampa anmälan', 'anmäla trasig gatlampa'],
  ],
};
const GREETINGS: Record<Locale, string[]> = {
  fi: ['moi', 'moikka', 'hei', 'hei!', 'terve,', 'anteeks,', 'anteeksi', 'hyvää päivää', 'kysyisin', 'moro'],
  sv: ['hej', 'hej,', 'hejsan', 'god dag,', 'hallå', 'ursäkta', 'tjena'],
};
const THANKS: Record<Locale, string[]> = {
  fi: ['kiitos', 'kiitos!', 'kiitos etukäteen', 'kiitoksia', 'pls', 'kiitti'],
  sv: ['tack', 'tack!', 'tack på förhand', 'tackar', 'snälla'],
};

/** Clusters holding the given questions, one group per question, and a look-up of the group a question joins. */
function clustersOf(locale: Locale, questions: string[]) {
  const clusters = new QuestionClusters();
  questions.forEach((q, id) => clusters.add(locale, id, key(locale, q)));
  return (q: string) => clusters.find(locale, key(locale, q));
}

/** Runs the questions through the grouping in order; returns each question's group. */
function groupAll(locale: Locale, questions: string[]): number[] {
  const clusters = new QuestionClusters();
  let next = 0;
  return questions.map((q) => {
    const k = key(locale, q);
    const id = clusters.find(locale, k) ?? next++;
    clusters.add(locale, id, k);
    return id;
  });
}

const localeArb = fc.constantFrom<Locale>('fi', 'sv');

describe('questionKey (grouping key of an unanswered question)', () => {
  it('leaves out greetings, thanks and question words in fi and sv', () => {
    const fi = key('fi', 'saako koiran tuoda terveysasemalle');
    expect(key('fi', 'moi, anteeks, saako koiran tuoda terveysasemalle? kiitos etukäteen')).toBe(fi);
    expect(key('fi', 'Hei! Saako koiran tuoda terveysasemalle pls')).toBe(fi);
    const sv = key('sv', 'får man ta med hund till hälsostationen');
    expect(key('sv', 'hejsan, får man ta med hund till hälsostationen? tack på förhand')).toBe(sv);
    expect(key('sv', 'God dag, får man ta med hund till hälsostationen tack!')).toBe(sv);
  });

  it('leaves out Swedish pronouns and auxiliaries', () => {
    expect(key('sv', 'passet har gått ut')).toBe(key('sv', 'passet gått'));
    expect(key('sv', 'finns det lediga jobb inom välfärdsområdet')).toBe(key('sv', 'lediga jobb välfärdsområdet'));
    expect(key('sv', 'tar ni kontanter')).toBe(key('sv', 'tar kontanter'));
    expect(key('sv', 'var kan jag få matbistånd')).toBe(key('sv', 'matbistånd'));
  });

  it('leaves out question words typed with a typo, but not a word with another first letter', () => {
    expect(key('fi', 'msisä on lähin apteekki')).toBe(key('fi', 'missä on lähin apteekki'));
    expect(key('fi', 'okno terveysasemalla wifi')).toBe(key('fi', 'onko terveysasemalla wifi'));
    expect(key('sv', 'vlika är öppettiderna')).toBe(key('sv', 'vilka är öppettiderna'));
    expect(key('fi', 'roska-astia')).toContain('rosk'); // not "koska" typed with a typo
    expect(key('fi', 'kukat osastolle')).toContain('kuk'); // "kukka" inflected, not "kuka" typed with a typo
  });

  it('takes the Swedish definite endings off that the stemmer keeps: neuter "-et" and "-an"', () => {
    expect(key('sv', 'passet har gått ut')).toBe(key('sv', 'pass gått ut'));
    expect(key('sv', 'ändra skattekortet')).toBe(key('sv', 'ändra skattekort'));
    expect(key('sv', 'paket')).toBe('paket'); // too short to be a stem with an ending
    expect(key('sv', 'matsedel skolan')).toBe(key('sv', 'matsedel skola'));
    expect(key('sv', 'ansökan om pass')).toBe(key('sv', 'ansöka om pass'));
    expect(key('sv', 'orkan')).toBe('orkan');
  });

  it('leaves out Swedish verbs that only carry the question ("tar", "gått") and "new"', () => {
    expect(key('sv', 'tar ni kontanter')).toBe(key('sv', 'kontanter'));
    expect(key('sv', 'passet har gått ut')).toBe(key('sv', 'pass'));
    expect(key('sv', 'var får jag nytt pass')).toBe(key('sv', 'pass'));
    expect(key('sv', 'nya skattekortet')).toBe(key('sv', 'skattekort'));
  });

  it('is the same with any greeting in front and thanks at the end (property)', () => {
    const cases = localeArb.chain((locale) =>
      fc.record({
        locale: fc.constant(locale),
        question: fc.constantFrom(...INTENTS[locale].flat()),
        greeting: fc.option(fc.constantFrom(...GREETINGS[locale]), { nil: undefined }),
        thanks: fc.option(fc.constantFrom(...THANKS[locale]), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ locale, question, greeting, thanks }) => {
        const polite = [greeting, question, thanks].filter(Boolean).join(' ');
        expect(key(locale, polite)).toBe(key(locale, question));
      }),
    );
  });

  it('is the same for any order of the words (property)', () => {
    const cases = localeArb.chain((locale) =>
      fc.constantFrom(...INTENTS[locale].flat()).chain((question) => {
        const words = question.split(' ');
        const shuffled = fc.shuffledSubarray(words, { minLength: words.length });
        return fc.tuple(fc.constant(locale), fc.constant(question), shuffled);
      }),
    );
    fc.assert(
      fc.property(cases, ([locale, question, words]) => {
        expect(key(locale, words.join(' '))).toBe(key(locale, question));
      }),
    );
  });
});

describe('termSimilarity (how well one term stands for another)', () => {
  it('rates a typo like the word, a related word lower, an unrelated one 0', () => {
    expect(termSimilarity('terveysasem', 'terveysasm')).toBe(1);
    expect(termSimilarity('kahvil', 'kahvinkeitin')).toBeGreaterThan(0);
    expect(termSimilarity('kahvil', 'kahvinkeitin')).toBeLessThan(1);
    expect(termSimilarity('uni', 'uno')).toBe(0);
  });

  it('rates a compound part as related, and does not take a four-letter word for a typo of another', () => {
    expect(termSimilarity('koro', 'koronatest')).toBeGreaterThan(0);
    expect(termSimilarity('avbrot', 'stromavbrot')).toBeGreaterThan(0);
    expect(termSimilarity('maks', 'mask')).toBe(0);
    expect(termSimilarity('aps', 'laps')).toBe(0);
  });

  it("rates a compound whose last part is another's first part as related, not a shared ending or a short part", () => {
    expect(termSimilarity('forhandsrostning', 'rostningsstall')).toBe(
      termSimilarity('rostningsstall', 'forhandsrostning'),
    );
    expect(termSimilarity('forhandsrostning', 'rostningsstall')).toBeGreaterThanOrEqual(0.75);
    expect(termSimilarity('skolmat', 'matsedel')).toBe(0); // "mat": too short to link two compounds
    expect(termSimilarity('matutdelning', 'avdelning')).toBeLessThan(0.5); // "-delning" ends both, links neither
  });

  it("rates words that share only a compound's first part lower than words that differ in their ending", () => {
    expect(termSimilarity('loytok', 'loytotavar')).toBeGreaterThan(0);
    expect(termSimilarity('loytok', 'loytotavar')).toBeLessThan(termSimilarity('kahvil', 'kahvio'));
  });
});

describe('QuestionClusters (which group a question joins)', () => {
  it("joins typo'd, inflected, reordered, split-compound and unaccented variants", () => {
    const asked = ['saako koiran tuoda terveysasemalle', 'onko terveysasemalla ilmainen pysäköinti'];
    const find = clustersOf('fi', asked);
    expect(find('terveysasemalle saako tuoda koiran')).toBe(0);
    expect(find('Saako koiran tuoda terveys asemalle?')).toBe(0);
    expect(find('saako koiran tuoda terveysasmalle')).toBe(0);
    expect(find('onko terveysasemalla ilmainen pysäköinti?')).toBe(1);
    expect(clustersOf('fi', ['lähin apteekki', 'koronatesti'])('lahin apteekki')).toBe(0);
  });

  it("joins a question that holds a group's whole question, and one that shares a word no other group has", () => {
    const find = clustersOf('fi', [
      'mistä saa koronatestin',
      'missä on lähin apteekki',
      'missä on lähin defibrillaattori',
      'miten haen kaupungin vuokra-asuntoa',
      'onko terveysasemalla wifi',
      'saako koiran tuoda terveysasemalle',
    ]);
    expect(find('koronatestin hinta')).toBe(0);
    expect(find('defibrillaattorin sijainti')).toBe(2);
    expect(find('apteekki lähellä minua')).toBe(1);
  });

  it("joins a form's question with one short word typed with a typo, if every other word is the same", () => {
    const find = clustersOf('fi', ['onko terveysasemalla wifi', 'mistä saan passin', 'korona testi missä']);
    expect(find('onko terveysasemalla wfi')).toBe(0);
    expect(find('wii terveysasemalla')).toBe(0);
    expect(find('MISTÄ SAAN APSSIN')).toBe(1);
    expect(find('mista saan ppassin')).toBe(1);
    expect(find('kornoa testi missä?')).toBe(2);
    expect(find('wfi sairaalassa')).toBeNull(); // another word differs too
    expect(find('wfi salasana terveysasemalla')).toBeNull(); // a word more
  });

  it('joins a same-length question whose one other word is a stem left longer or shorter, not another word', () => {
    const find = clustersOf('fi', ['kirjastokortin uusiminen', 'kirjastokortin hinta', 'uimahallin aukioloajat']);
    expect(find('miten uusin kirjastokortin')).toBe(0); // "uus" starts "uusimis"
    expect(find('kirjastokortti kadonnut')).toBeNull(); // another word, not a variant of "uusimis" or "hinta"
    expect(find('uusi kirjastokortti ja uimahalli')).toBeNull(); // a word more
  });

  it('leaves out fillers such as "mitä teen" and "få veta"', () => {
    expect(key('fi', 'kirjastokortti hukassa mitä teen')).toBe(key('fi', 'kirjastokortti hukassa'));
    expect(key('sv', 'hur får jag veta när simhallen öppnar')).toBe(key('sv', 'när öppnar simhallen'));
  });

  it('joins a compound and the same compound written as two words', () => {
    const asked = ['kadotin kela-kortin', 'kelloseppä', 'sähkökatko nyt'];
    expect(clustersOf('fi', asked)('kelakortti hukassa')).toBe(0);
    expect(clustersOf('fi', ['kelakortti hukassa', ...asked.slice(1)])('kela kortti kadonnut')).toBe(0);
    expect(clustersOf('fi', ['mistä saa koronatestin', 'kela kortti'])('korona testi ilman ajanvarausta')).toBe(0);
  });

  it('joins Swedish questions about one thing once the words that only carry the question are out', () => {
    const find = clustersOf('sv', ['hur förnyar jag mitt pass', 'nytt skattekort', 'var är närmaste röstningsställe']);
    expect(find('var får jag nytt pass')).toBe(0);
    expect(find('passet har gått ut')).toBe(0);
    expect(find('förhandsröstning var')).toBe(2);
    expect(find('ändra skattekortet')).toBe(1);
  });

  it('keeps different questions apart', () => {
    const find = clustersOf('fi', ['saako koiran tuoda terveysasemalle', 'onko terveysasemalla wifi']);
    expect(find('saako terveysasemalla tupakoida')).toBeNull();
    expect(find('pitääkö koirasta maksaa veroa')).toBeNull();
    expect(find('voiko terveysasemalla maksaa käteisellä')).toBeNull();
    expect(new QuestionClusters().find('fi', key('fi', 'lähin apteekki'))).toBeNull();
  });

  it('never puts questions of different intents into one group, in any order (property)', () => {
    const cases = localeArb.chain((locale) =>
      fc.tuple(
        fc.constant(locale),
        fc.shuffledSubarray(
          INTENTS[locale].flatMap((variants, intent) => variants.map((question) => ({ question, intent }))),
          { minLength: INTENTS[locale].flat().length },
        ),
      ),
    );
    fc.assert(
      fc.property(cases, ([locale, asked]) => {
        const groups = groupAll(
          locale,
          asked.map((a) => a.question),
        );
        const intentOf = new Map<number, number>();
        groups.forEach((g, i) => {
          expect(intentOf.get(g) ?? asked[i].intent).toBe(asked[i].intent);
          intentOf.set(g, asked[i].intent);
        });
      }),
      { numRuns: 50 },
    );
  });

  // Measured: fi 8 groups for 6 intents ("katuvalo ei pala" shares no word with "katulamppu rikki"; 9 with the search
  // vocabulary's stop words and the knowledge base's compound splits); sv 9 for 5 (while a locale has one or two
  // groups every word weighs about the same, so "öppettider" is not yet joined).
  const bounds = [
    ['fi', 8],
    ['sv', 9],
  ] as const;
  it.each(bounds)("%s: joins most variants of the fixture's questions (at most %i groups)", (locale, most) => {
    expect(new Set(groupAll(locale, INTENTS[locale].flat())).size).toBeLessThanOrEqual(most);
  });
});

describe("grouping of the demo history's unanswered questions against the generator's intents", () => {
  const asked = labelledUnansweredQuestions({ end: new Date('2026-10-31T22:00:00Z') });
  const quality = measureGrouping(asked, key);

  it('does not change when the content team adds search stop words or a knowledge-base entry', () => {
    // Words residents use in the demo's unanswered questions, made search stop words; an entry on the same topics.
    const edits: Record<Locale, { stopWords: string[]; texts: string[] }> = {
      fi: {
        stopWords: ['lähin', 'tänään', 'hakeminen', 'terveysasema', 'sairaalassa'],
        texts: ['Terveysaseman langaton verkko ja wifi', 'Löytötavarat, koirat ja vierailuajat sairaalassa'],
      },
      sv: {
        stopWords: ['närmaste', 'idag', 'hälsostationen', 'sjukhuset'],
        texts: ['Trådlöst nätverk och wifi på hälsostationen', 'Hittegods, hundar och besökstider på sjukhuset'],
      },
    };
    const edited: Record<Locale, Analyzer> = {
      fi: searchAnalyzerOf('fi', edits.fi),
      sv: searchAnalyzerOf('sv', edits.sv),
    };
    const editedKey = (locale: string, text: string) => questionKey(edited[locale as Locale], text);
    const keys = asked.map((q) => key(q.locale, q.question));
    expect(asked.map((q) => editedKey(q.locale, q.question))).toEqual(keys);
    expect(measureGrouping(asked, editedKey)).toEqual(quality);
  });

  // Issue 15's target is ≤ 1.3 groups per intent at purity ≥ 0.95; without rephrasings it is not reached.
  // Measured with the grouping's own word list (no search vocabulary, no knowledge base): fi 85 groups / 44 intents
  // = 1.93 at purity 0.965; sv 36 / 19 = 1.89 at purity 1. Then compounds written apart, inflected words that start
  // like a question word ("kukat") and the Swedish definite ending: fi 84 (1.91, purity 0.964), sv 35 (1.84, 1).
  // The usage generator takes the demo content as input, so a content edit draws other variants: after the content
  // pass of issue 13 (same grouping rules) fi 86 (1.95, purity 0.953), sv 36 (1.89, 0.972). Then one word of a
  // same-length form told by its other words, a shared compound start weighing less, more fillers: fi 79 (1.80,
  // 0.962), sv 34 (1.79, 0.971). Then Swedish "-an", verbs that only carry the question ("tar", "gått"), "ny", and
  // a compound's last part as another's first ("förhandsröstning", "röstningsställe"): fi 78 (1.77, 0.962), sv 28
  // (1.47, 1).
  const bounds = [
    ['fi', 1.78, 0.95],
    ['sv', 1.48, 0.97],
  ] as const;
  const title = '%s: at most %d groups per intent, and at least %d of groups hold one intent';
  it.each(bounds)(title, (locale, most, purity) => {
    const q = quality.find((r) => r.locale === locale)!;
    expect(q.intents).toBeGreaterThan(15);
    expect(q.groupsPerIntent).toBeLessThanOrEqual(most);
    expect(q.purity).toBeGreaterThanOrEqual(purity);
  });

  // With residents' rewordings (rephrase-links.ts, the rollup's rule): fi 78 → 55 groups (1.25, purity 0.964; was
  // 86 → 61, 1.39, 0.951); sv stays 28 (1.47, 1; was 34, 1.79, 0.971): 450 Swedish asks give too few conversations
  // to reach the bar, and its remaining splits share no word ("elavbrott", "strömmen är borta"). Without the rule fi
  // fails (1.77).
  const withRephrasings = measureGrouping(asked, key, { rephrasings: true });
  const rephrased = [
    ['fi', 1.3, 0.95],
    ['sv', 1.48, 0.97],
  ] as const;
  it.each(rephrased)(`with rephrasings, ${title}`, (locale, most, purity) => {
    const q = withRephrasings.find((r) => r.locale === locale)!;
    expect(q.intents).toBeGreaterThan(15);
    expect(q.groupsPerIntent).toBeLessThanOrEqual(most);
    expect(q.purity).toBeGreaterThanOrEqual(purity);
  });
});
