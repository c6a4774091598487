import { createAnalyzer, finnishStemKey } from '@botkb/search';

const fi = createAnalyzer({ locale: 'fi' });
const sameTerm = (...forms: string[]) => expect(new Set(forms.map((w) => fi.stem(w))).size).toBe(1);

describe('Finnish stem keys: forms the Snowball stemmer leaves apart share one term', () => {
  it('folds consonant gradation and final vowels (soittaa / soitan / soitto / soittaisi / soitetaan)', () => {
    sameTerm('soittaa', 'soitan', 'soitto', 'soittaisi', 'soitetaan', 'soitamme');
    sameTerm('kyyti', 'kyydin');
    sameTerm('koti', 'kodin');
    sameTerm('hoito', 'hoidon');
    sameTerm('mummo', 'mummolle', 'mummon');
    sameTerm('kaupunki', 'kaupungin');
  });

  it('folds -us / -uks- and -ys / -yde- nouns', () => {
    sameTerm('hakemus', 'hakemuksen', 'hakemukset');
    sameTerm('raivokohtaus', 'raivokohtauksia', 'raivokohtauksen');
    sameTerm('kysymys', 'kysymyksen');
    sameTerm('terveys', 'terveyden');
    sameTerm('turvallisuus', 'turvallisuuden');
  });

  it('folds -nen / -se- words', () => {
    sameTerm('ihminen', 'ihmisen', 'ihmisiä');
    sameTerm('sosiaalinen', 'sosiaalisen');
  });

  it('folds -as / -aa- words (potilas / potilaan, asiakas / asiakkaan)', () => {
    sameTerm('potilas', 'potilaan', 'potilaalle', 'potilaat');
    sameTerm('asiakas', 'asiakkaan', 'asiakkaalle');
    sameTerm('vuotias', 'vuotiaan', 'vuotiaalla');
    sameTerm('sairas', 'sairaan');
    expect(fi.stem('taas')).toBe('taas');
  });

  it('keeps different words apart: long vowels, short stems, Swedish', () => {
    expect(fi.stem('taksikyytejä')).not.toBe(fi.stem('taksi'));
    expect(fi.stem('kauppa')).not.toBe(fi.stem('kaupunki'));
    expect(finnishStemKey('ka')).toBe('ka');
    expect(createAnalyzer({ locale: 'sv' }).stem('tandläkare')).toBe('tandläk');
  });
});
