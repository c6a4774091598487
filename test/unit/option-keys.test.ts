import fc from 'fast-check';
import {
  OPTION_KEY_MAX_LENGTH,
  OPTION_KEY_PATTERN,
  assignOptionKeys,
  optionKeyFromLabel,
} from '../../cms/src/guidance/assign-option-keys';
import { optionIndexOf } from '../../cms/src/guidance/option-index-of';

describe('optionKeyFromLabel', () => {
  it.each([
    ['Kyllä, heti!', 'kylla-heti'],
    ['Ärendet är inte brådskande', 'arendet-ar-inte-bradskande'],
    ['  112 – hätänumero ', '112-hatanumero'],
    ['!!!', 'option'],
  ])('%s → %s', (label, key) => expect(optionKeyFromLabel(label)).toBe(key));

  it('cuts long labels at a word, within the limit', () => {
    const key = optionKeyFromLabel('Hengenvaarallinen tilanne, esim. rintakipu, hengitysvaikeus tai tajuttomuus');
    expect(key).toBe('hengenvaarallinen-tilanne-esim-rintakipu-hengitysvaikeus-tai');
  });
});

describe('assignOptionKeys', () => {
  it('keeps valid keys, makes missing ones from the label and numbers repeats within the step', () => {
    const keyed = assignOptionKeys([
      { key: 'oma', label: 'Jotain' },
      { key: '', label: 'Kyllä' },
      { label: 'Kyllä' },
      { key: 'oma', label: 'Oma' },
      { key: 'Ei Kelpaa', label: 'Ei' },
    ]);
    expect(keyed.map((o) => o.key)).toEqual(['oma', 'kylla', 'kylla-2', 'oma-2', 'ei']);
  });

  it('always gives valid keys, unique within the step (any labels and keys)', () => {
    const option = fc.record({ key: fc.option(fc.string({ maxLength: 70 })), label: fc.string({ maxLength: 200 }) });
    fc.assert(
      fc.property(fc.array(option, { maxLength: 25 }), (options) => {
        const keys = assignOptionKeys(options).map((o) => o.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) {
          expect(k).toMatch(OPTION_KEY_PATTERN);
          expect(k.length).toBeLessThanOrEqual(OPTION_KEY_MAX_LENGTH);
        }
      }),
    );
  });
});

describe('optionIndexOf', () => {
  const options = [
    { key: 'kylla', labels: { fi: 'Kyllä', sv: 'Ja' } },
    { key: 'ei', labels: { fi: 'Ei', sv: 'Nej' } },
  ];
  const indexOf = (sent: string) =>
    optionIndexOf(options, sent, (o) => ({ key: o.key, labels: Object.values(o.labels) }));
  it.each([
    ['kylla', 0],
    ['Ja', 0],
    [' kyllä ', 0],
    ['ei', 1],
    ['NEJ', 1],
    ['2', 1],
    ['1', 0],
    ['7', -1],
    ['0', -1],
    ['Ehkä', -1],
  ])('names %j → option %i (key, else label in any language, else number from 1)', (sent, index) => {
    expect(indexOf(sent)).toBe(index);
  });
});
