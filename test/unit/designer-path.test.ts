import { alignTranslation, mergeLocaleSteps, toLocaleSteps } from '../../cms/src/designer/designer-path';
import type { DesignerStep } from '../../cms/src/designer/designer-path';
import { findMissingTranslations } from '../../cms/src/guidance/validate-path-steps';
import { buildDesignerSaveSchema, designerSaveSchema } from '../../cms/src/designer/designer-steps-schema';

const fi = [
  {
    key: 'alku',
    prompt: 'Tarvitsetko apua nyt?',
    options: [
      { key: 'kylla', label: 'Kyllä', target: 'step', step: 'kiire', answer: null, partner: null, handoff: null },
      { key: 'ei', label: 'Ei', target: 'end', step: null, answer: null, partner: null, handoff: null },
    ],
  },
  {
    key: 'kiire',
    prompt: 'Onko hätä?',
    options: [
      { key: 'soita', label: 'Soita', target: 'partner', step: null, answer: null, partner: 'p1', handoff: null },
    ],
  },
];
const sv = [
  { key: 'kiire', prompt: 'Är det nödläge?', options: [{ label: 'Ring' }] },
  { key: 'alku', prompt: 'Behöver du hjälp nu?', options: [{ label: 'Ja' }] },
];

describe('one path structure with fi and sv texts', () => {
  it('matches Swedish texts to Finnish steps by key and to options by position', () => {
    const steps = mergeLocaleSteps(fi, { sv });
    expect(steps.map((s) => [s.key, s.prompt])).toEqual([
      ['alku', { fi: 'Tarvitsetko apua nyt?', sv: 'Behöver du hjälp nu?' }],
      ['kiire', { fi: 'Onko hätä?', sv: 'Är det nödläge?' }],
    ]);
    expect(steps[0].options.map((o) => o.label)).toEqual([
      { fi: 'Kyllä', sv: 'Ja' },
      { fi: 'Ei', sv: '' },
    ]);
    expect(steps[1].options[0]).toMatchObject({ target: 'partner', partner: 'p1' });
  });

  it("writes the same structure to each locale with only that locale's texts", () => {
    const steps = mergeLocaleSteps(fi, { sv });
    const [fiData, svData] = [toLocaleSteps(steps, 'fi'), toLocaleSteps(steps, 'sv')];
    const structure = (data: typeof fiData) => data.map((s) => [s.key, s.options.map(({ label, ...rest }) => rest)]);
    expect(structure(svData)).toEqual(structure(fiData));
    expect(svData[0].prompt).toBe('Behöver du hjälp nu?');
    expect(fiData).toEqual(fi);
  });

  it('clears target fields the chosen target does not use', () => {
    const steps = mergeLocaleSteps(fi, {});
    steps[0].options[0] = { ...steps[0].options[0], target: 'handoff', handoff: 'phone' };
    expect(toLocaleSteps(steps, 'fi')[0].options[0]).toMatchObject({ target: 'handoff', step: null, handoff: 'phone' });
  });

  it('lists what Swedish still lacks, pairing steps as the merge does', () => {
    const steps = mergeLocaleSteps(fi, { sv });
    const missing = (data: DesignerStep[]) =>
      findMissingTranslations(toLocaleSteps(data, 'fi'), toLocaleSteps(data, 'sv'), 'Swedish').map((p) => p.path);
    expect(missing(steps)).toEqual(['steps.0.options.1.label']);
    // A duplicate or cleared key keeps the step's own Swedish texts, so nothing more is missing.
    expect(missing(steps.map((s, i) => (i === 1 ? { ...s, key: 'alku' } : s)))).toEqual(['steps.0.options.1.label']);
    expect(missing(steps.map((s, i) => (i === 1 ? { ...s, key: '' } : s)))).toEqual(['steps.0.options.1.label']);
  });

  it('refuses a step key the step component would refuse, naming the field', () => {
    const steps = mergeLocaleSteps(fi, { sv });
    steps[1].key = 'Iso Kirjain';
    const result = designerSaveSchema.safeParse({ steps });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['steps', 1, 'key']);
  });

  it('brings a translation in line with a changed Finnish structure, keeping its texts', () => {
    const svStored = toLocaleSteps(mergeLocaleSteps(fi, { sv }), 'sv');
    expect(alignTranslation(fi, svStored, 'sv')).toBeUndefined();
    const changed = [
      { ...fi[0], options: [fi[0].options[0]] },
      fi[1],
      { key: 'uusi', prompt: 'Uusi?', options: [{ label: 'Loppu', target: 'end' }] },
    ];
    const aligned = alignTranslation(changed, svStored, 'sv')!;
    expect(aligned.map((s) => [s.key, s.prompt, s.options.map((o) => [o.label, o.target])])).toEqual([
      ['alku', 'Behöver du hjälp nu?', [['Ja', 'step']]],
      ['kiire', 'Är det nödläge?', [['Ring', 'partner']]],
      ['uusi', '', [['', 'end']]],
    ]);
  });

  it("never pairs a step with another step's translation when keys repeat, and keeps a renamed step's texts", () => {
    const svStored = toLocaleSteps(mergeLocaleSteps(fi, { sv }), 'sv');
    const duplicate = [fi[0], { ...fi[1], key: 'alku' }];
    const aligned = alignTranslation(duplicate, svStored, 'sv')!;
    expect(aligned.map((s) => [s.key, s.prompt, s.options.map((o) => o.label)])).toEqual([
      ['alku', 'Behöver du hjälp nu?', ['Ja', '']],
      ['alku', 'Är det nödläge?', ['Ring']],
    ]);
    // Written in step by the designer (same keys, same order): nothing to align.
    expect(alignTranslation(duplicate, toLocaleSteps(mergeLocaleSteps(duplicate, { sv: aligned }), 'sv'), 'sv')).toBe(
      undefined,
    );
    const renamed = [fi[0], { ...fi[1], key: 'hata' }];
    expect(mergeLocaleSteps(renamed, { sv: svStored })[1].prompt.sv).toBe('Är det nödläge?');
    // A moved step still finds its texts by key.
    expect(mergeLocaleSteps([fi[1], fi[0]], { sv: svStored }).map((s) => s.prompt.sv)).toEqual([
      'Är det nödläge?',
      'Behöver du hjälp nu?',
    ]);
  });

  it('keeps option fields it does not edit (a stable key) in every locale and drops the stored row id', () => {
    const keyed = fi.map((s) => ({
      ...s,
      options: s.options.map((o, j) => ({ ...o, id: 40 + j, key: `${s.key}-${j}` })),
    }));
    const steps = mergeLocaleSteps(keyed, { sv });
    expect(steps[0].options[1]).toMatchObject({ key: 'alku-1', label: { fi: 'Ei', sv: '' } });
    expect(steps[0].options[1]).not.toHaveProperty('id');
    const [fiData, svData] = [toLocaleSteps(steps, 'fi'), toLocaleSteps(steps, 'sv')];
    expect(fiData[0].options.map((o) => o.key)).toEqual(['alku-0', 'alku-1']);
    expect(svData[0].options.map((o) => [o.key, o.label])).toEqual([
      ['alku-0', 'Ja'],
      ['alku-1', ''],
    ]);
    // A Swedish copy whose keys drifted is brought back to the Finnish keys.
    const svStored = svData.map((s) => ({ ...s, options: s.options.map((o) => ({ ...o, key: `${s.key}-sv` })) }));
    expect(alignTranslation(fiData, svStored, 'sv')?.[0].options.map((o) => o.key)).toEqual(['alku-0', 'alku-1']);
  });

  it('passes other attributes of the option component through a save and refuses fields it does not have', () => {
    const schema = buildDesignerSaveSchema(['label', 'target', 'step', 'answer', 'partner', 'handoff', 'key']);
    const withKeys = (s: DesignerStep) => ({ ...s, options: s.options.map((o) => ({ ...o, key: 'k' })) });
    const steps = mergeLocaleSteps(fi, { sv }).map(withKeys);
    expect(schema.parse({ steps }).steps[0].options[0]).toMatchObject({ key: 'k', target: 'step' });
    steps[1].options[0] = { ...steps[1].options[0], ...{ colour: 'red' } };
    expect(schema.safeParse({ steps }).error?.issues[0].path).toEqual(['steps', 1, 'options', 0]);
  });
});
