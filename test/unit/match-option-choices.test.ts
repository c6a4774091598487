import { matchOptionChoices } from '../../cms/src/designer/match-option-choices';
import { designerOption as option } from '../fixtures/designer-option';

describe('per-option counts on the path designer graph', () => {
  it('counts a choice by the option key, by a Finnish or Swedish label, or by the option number', () => {
    const options = [
      option('Hätä', 'Nödläge', { key: 'hata' }),
      option('Kiire', 'Brådskande', { key: 'kiire' }),
      option('Ei', 'Nej'),
    ];
    const matched = matchOptionChoices(options, [
      { option: 'kiire', chosen: 5 },
      { option: 'Nödläge', chosen: 2 },
      { option: 'hätä ', chosen: 1 },
      { option: '3', chosen: 4 },
      { option: 'Poistettu vaihtoehto', chosen: 7 },
      { option: '9', chosen: 1 },
    ]);
    expect(matched.perOption).toEqual([3, 5, 4]);
    expect(matched.unmatched).toEqual([
      { option: 'Poistettu vaihtoehto', chosen: 7 },
      { option: '9', chosen: 1 },
    ]);
  });

  it('prefers the key over a label that happens to be the same text', () => {
    const options = [option('kiire', 'kiire'), option('Kiireellinen', 'Brådskande', { key: 'kiire' })];
    expect(matchOptionChoices(options, [{ option: 'kiire', chosen: 3 }]).perOption).toEqual([0, 3]);
  });
});
