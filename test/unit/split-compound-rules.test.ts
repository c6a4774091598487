import { createAnalyzer, Lexicon, splitCompound } from '@botkb/search';

const texts = [
  'Hakemus ja hakemuksesta. Sen voi tehdä.',
  'Soita meille, soitamme takaisin. Mihin soitetaan?',
  'Hammashoito, hoito, lääkäri ja hammaslääkäri. Ajanvaraus terveysasemalle.',
  'Kesä ja työ. Alle kouluikäiset.',
];
const fi = createAnalyzer({ locale: 'fi', lexiconTexts: texts });
const sv = createAnalyzer({ locale: 'sv', lexiconTexts: ['Ring tillbaka.', 'Åka buss till tandläkaren.'] });

describe('compound splitting refuses splits whose last part is an ending', () => {
  it('does not split an inflected word into a head and an ending that is also a word ("sen", "alle")', () => {
    expect(splitCompound('hakemuksen', fi.lexicon)).toEqual([]);
    expect(splitCompound('terveysasemalle', fi.lexicon)).toEqual([]);
    expect(fi.terms('hakemuksen')).toEqual([fi.stem('hakemus')]);
  });

  it('does not split a verb form at what the stemmer leaves of an ending ("soitetaan" → "soit" + "etaan")', () => {
    expect(fi.terms('soitetaan')).toEqual([fi.stem('soittaa')]);
    expect(fi.terms('soitan')).toEqual([fi.stem('soittaa')]);
  });

  it('still splits real compounds, with a known three-letter word at the end', () => {
    expect(splitCompound('hammaslääkärille', fi.lexicon)).toEqual(['hammas', 'lääkärille']);
    expect(splitCompound('kesätyö', fi.lexicon)).toEqual(['kesä', 'työ']);
    const lexicon = new Lexicon((w) => fi.stem(w));
    lexicon.addText('hammas hoito');
    expect(splitCompound('hammashoidon', lexicon)).toEqual(['hammas', 'hoidon']);
  });

  it('does not make a head of a word minus a short tail ("tillb" + "åka" from "tillbaka" itself)', () => {
    expect(sv.terms('tillbaka')).toEqual([sv.stem('tillbaka')]);
  });
});
