import type { DesignerOption, DesignerStep } from '../../designer/designer-path';
import type { OptionTarget } from '../../guidance/validate-path-steps';

/** An option's target as one select value: `step:kiire`, `answer:<documentId>`, `handoff:phone`, `end` or '' (none). */
export function encodeTarget(o: DesignerOption): string {
  if (o.target === 'end') return 'end';
  const ref = o[o.target];
  return ref ? `${o.target}:${ref}` : '';
}

/** The option leading to the target a select value names ('' leaves it leading to no step). */
export function withTarget(o: DesignerOption, value: string): DesignerOption {
  const cut = value.indexOf(':');
  const target = (cut < 0 ? value || 'step' : value.slice(0, cut)) as OptionTarget;
  const ref = cut < 0 ? null : value.slice(cut + 1);
  return {
    ...o,
    target,
    step: target === 'step' ? ref : null,
    answer: target === 'answer' ? ref : null,
    partner: target === 'partner' ? ref : null,
    handoff: target === 'handoff' ? ref : null,
  };
}

/** A key no step uses yet: `vaihe-2`, `vaihe-3` … */
export function freshStepKey(steps: readonly DesignerStep[]): string {
  const used = new Set(steps.map((s) => s.key));
  let n = steps.length + 1;
  while (used.has(`vaihe-${n}`)) n += 1;
  return `vaihe-${n}`;
}

export const newOption = (): DesignerOption => ({
  key: '',
  label: { fi: '', sv: '' },
  target: 'step',
  step: null,
  answer: null,
  partner: null,
  handoff: null,
});

export function addStep(steps: readonly DesignerStep[]): DesignerStep[] {
  return [...steps, { key: freshStepKey(steps), prompt: { fi: '', sv: '' }, options: [] }];
}

/** Renames a step and every option that leads to it. */
export function renameStep(steps: readonly DesignerStep[], index: number, key: string): DesignerStep[] {
  const old = steps[index].key;
  return steps.map((s, i) => ({
    ...s,
    key: i === index ? key : s.key,
    options: s.options.map((o) => (o.target === 'step' && o.step === old ? { ...o, step: key } : o)),
  }));
}

export function updateStep(
  steps: readonly DesignerStep[],
  index: number,
  change: Partial<DesignerStep>,
): DesignerStep[] {
  return steps.map((s, i) => (i === index ? { ...s, ...change } : s));
}

export function updateOption(
  steps: readonly DesignerStep[],
  index: number,
  optionIndex: number,
  change: (o: DesignerOption) => DesignerOption,
): DesignerStep[] {
  return updateStep(steps, index, { options: steps[index].options.map((o, j) => (j === optionIndex ? change(o) : o)) });
}

export function removeStep(steps: readonly DesignerStep[], index: number): DesignerStep[] {
  return steps.filter((_, i) => i !== index);
}

export function addOption(steps: readonly DesignerStep[], index: number): DesignerStep[] {
  return updateStep(steps, index, { options: [...steps[index].options, newOption()] });
}

export function removeOption(steps: readonly DesignerStep[], index: number, optionIndex: number): DesignerStep[] {
  return updateStep(steps, index, { options: steps[index].options.filter((_, j) => j !== optionIndex) });
}

/** Adds a step at the end and leads the option to it; the new step is the last one. */
export function connectToNewStep(steps: readonly DesignerStep[], index: number, optionIndex: number): DesignerStep[] {
  const added = addStep(steps);
  const key = added[added.length - 1].key;
  return updateOption(added, index, optionIndex, (o) => withTarget(o, `step:${key}`));
}
