import fc from 'fast-check';
import {
  OPTION_KEY_MAX_LENGTH,
  OPTION_KEY_PATTERN,
  assignOptionKeys,
  optionKeyFromLabel,
} from '../../cms/src/guidance/assign-option-keys';
import { optionIndexOf } from '../../cms/src/guidance/option-index-of';
import { inheritPublishedKeys } from '../../cms/database/migrations/014-ask-ids-and-option-keys';

describe('optionKeyFromLabel', () => {
  it.each([
    ['Kyllä, heti!', 'kylla-heti'],
    ['Ärendet är inte brådskande', 'arendet-ar-inte-bradskande'],
    ['  112 – hätänumero ', '112-hatanumero'],
    ['!!!', 'option'],
    ['3', 'n-3'],
    ['3+', 'n-3'],
    ['2 tai enemmän', '2-tai-enemman'],
  ])('%s → %s', (label, key) => expect(optionKeyFromLabel(label)).toBe(key));

  it('cuts long labels at a word, within the limit', () => {
    const key = optionKeyFromLabel('Hengenvaarallinen tilanne, esim. rintakipu, hengitysvaikeus tai tajuttomuus');
    expect(key).toBe('hengenvaarallinen-tilanne-esim-rintakipu-hengitysvaikeus-tai');
  });
});

describe('assignOptionKeys', () => {
  it('never keeps a bare number as a key: "2" from the earliest bots means the second option', () => {
    expect(assignOptionKeys([{ key: '2', label: 'Kaksi' }, { label: '1' }]).map((o) => o.key)).toEqual([
      'kaksi',
      'n-1',
    ]);
  });

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

describe('inheritPublishedKeys (migration 14: a draft keeps the keys of its published version)', () => {
  const published = [
    { id: 1, label: 'Kyllä', key: 'kylla' },
    { id: 2, label: 'Ei', key: 'ei' },
    { id: 3, label: 'En tiedä', key: 'en-tieda' },
  ];
  it('by the same label, also when the draft reordered the options', () => {
    const draft = [
      { id: 11, label: 'Ei', key: null },
      { id: 12, label: 'kyllä ', key: null },
    ];
    expect(inheritPublishedKeys(draft, published).map((o) => o.key)).toEqual(['ei', 'kylla']);
  });
  it('by position for a relabelled option, never a key whose label the draft still has', () => {
    const draft = [
      { id: 11, label: 'Kyllä, heti', key: null },
      { id: 12, label: 'Ei', key: null },
      { id: 13, label: 'Kyllä', key: null },
      { id: 14, label: 'Uusi', key: null },
    ];
    expect(inheritPublishedKeys(draft, published).map((o) => o.key)).toEqual([null, 'ei', 'kylla', null]);
    const relabelled = [
      { id: 11, label: 'Kyllä, heti', key: null },
      { id: 12, label: 'Ei', key: null },
    ];
    expect(inheritPublishedKeys(relabelled, published).map((o) => o.key)).toEqual(['kylla', 'ei']);
  });
  it('keeps a key the draft option already has', () => {
    expect(inheritPublishedKeys([{ id: 11, label: 'Ei', key: 'oma' }], published)[0].key).toBe('oma');
  });
});
