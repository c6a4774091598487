import { findMissingTranslations, validatePathSteps } from '../../cms/src/guidance/validate-path-steps';

const opt = (target: string, extra: Record<string, unknown> = {}) => ({ label: `to ${target}`, target, ...extra });

describe('validatePathSteps', () => {
  it('accepts a valid path with a loop that has a way out', () => {
    const steps = [
      { key: 'start', prompt: 'Q?', options: [opt('step', { step: 'next' }), opt('end')] },
      { key: 'next', prompt: 'Q2?', options: [opt('step', { step: 'start' }), opt('handoff', { handoff: 'phone' })] },
    ];
    expect(validatePathSteps(steps)).toEqual([]);
  });

  it('names the step whose option points to a missing step', () => {
    const problems = validatePathSteps([
      { key: 'start', prompt: 'Q?', options: [opt('step', { step: 'nowhere' }), opt('end')] },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ step: 'start', message: expect.stringContaining('missing step "nowhere"') }),
    ]);
  });

  it('names a step that no option reaches', () => {
    const problems = validatePathSteps([
      { key: 'start', prompt: 'Q?', options: [opt('end')] },
      { key: 'orphan', prompt: 'Q?', options: [opt('end')] },
    ]);
    expect(problems.map((p) => p.message)).toEqual(['Step "orphan" is not reached by any option']);
  });

  it('names every step of a loop with no way out', () => {
    const problems = validatePathSteps([
      { key: 'start', prompt: 'Q?', options: [opt('step', { step: 'a' }), opt('end')] },
      { key: 'a', prompt: 'Q?', options: [opt('step', { step: 'b' })] },
      { key: 'b', prompt: 'Q?', options: [opt('step', { step: 'a' })] },
    ]);
    expect(problems.map((p) => p.step).sort()).toEqual(['a', 'b']);
    expect(problems[0].message).toMatch(/loop with no way out/);
  });

  it('codes each problem so an editor can word it in its own language', () => {
    const problems = validatePathSteps([
      { key: 'start', prompt: 'Q?', options: [opt('step', { step: 'nowhere' }), opt('step', { step: 'a' })] },
      { key: 'a', prompt: 'Q?', options: [opt('step', { step: 'start' })] },
      { key: 'orphan', prompt: 'Q?', options: [opt('end')] },
    ]);
    expect(problems.map((p) => [p.code, p.step])).toEqual([
      ['dangling_option', 'start'],
      ['unreachable', 'orphan'],
      ['loop', 'start'],
      ['loop', 'a'],
    ]);
  });

  it('refuses an option that sets two targets, an unknown handoff and a duplicate key', () => {
    const problems = validatePathSteps([
      {
        key: 'start',
        prompt: 'Q?',
        options: [opt('end', { handoff: 'phone' }), opt('handoff', { handoff: 'pigeon' })],
      },
      { key: 'start', prompt: 'Q?', options: [opt('end')] },
    ]);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/also sets handoff/);
    expect(text).toMatch(/not one of live_chat/);
    expect(text).toMatch(/used by more than one step/);
  });

  it('requires a relation target on create and treats an untouched admin relation as set', () => {
    expect(validatePathSteps([{ key: 's', options: [opt('answer')] }], { requireRelations: true })[0].message).toMatch(
      /names none/,
    );
    expect(
      validatePathSteps([{ key: 's', options: [opt('answer', { answer: { connect: [], disconnect: [] } })] }]),
    ).toEqual([]);
    expect(validatePathSteps([{ key: 's', options: [opt('partner', { partner: null })] }])[0].message).toMatch(
      /partner service but names none/,
    );
  });

  it('refuses a path without steps', () => {
    expect(validatePathSteps([])[0].message).toMatch(/at least one step/);
  });
});

describe('findMissingTranslations', () => {
  const fi = [
    {
      key: 'start',
      prompt: 'Mitä?',
      options: [opt('step', { step: 'next', label: 'Eteenpäin' }), opt('end', { label: 'Loppu' })],
    },
    { key: 'next', prompt: 'Entä?', options: [opt('end', { label: 'Valmis' })] },
  ];

  it('finds nothing when every prompt and label is translated', () => {
    const sv = fi.map((s) => ({ ...s, prompt: `${s.prompt} (sv)` }));
    expect(findMissingTranslations(fi, sv, 'Swedish')).toEqual([]);
  });

  it('names a step missing from the translation, an empty prompt and each empty option label', () => {
    const sv = [{ key: 'start', prompt: ' ', options: [{ label: 'Framåt' }, { label: '' }] }];
    expect(findMissingTranslations(fi, sv, 'Swedish')).toEqual([
      { code: 'untranslated', step: 'start', path: 'steps.0.prompt', message: 'Step "start" has no Swedish prompt' },
      {
        code: 'untranslated',
        step: 'start',
        option: 1,
        path: 'steps.0.options.1.label',
        message: 'Step "start", option 2 ("Loppu") has no Swedish label',
      },
      { code: 'untranslated', step: 'next', path: 'steps.1.prompt', message: 'Step "next" has no Swedish prompt' },
      {
        code: 'untranslated',
        step: 'next',
        option: 0,
        path: 'steps.1.options.0.label',
        message: 'Step "next", option 1 ("Valmis") has no Swedish label',
      },
    ]);
  });
});
