import { z } from 'zod';
import stepComponent from '../components/guidance/step.json';
import optionComponent from '../components/guidance/option.json';
import { HANDOFFS, TARGETS } from '../guidance/validate-path-steps';
import { DESIGNER_LOCALES, type DesignerLocale } from './designer-path';

/** Most steps a path may have in the designer (a path is a short decision flow). */
export const MAX_DESIGNER_STEPS = 100;
/** Most options a step may have. */
export const MAX_STEP_OPTIONS = 20;

const texts = (max: number) =>
  z.object(Object.fromEntries(DESIGNER_LOCALES.map((l) => [l, z.string().max(max)])) as Record<DesignerLocale, z.ZodString>);

const ref = z.string().min(1).max(60).nullable();

const optionKey = optionComponent.attributes.key;
const option = z.strictObject({
  // Optional: a new option gets its key from the Finnish label when saved (assign-option-keys.ts).
  key: z.string().max(optionKey.maxLength).regex(new RegExp(optionKey.regex)).or(z.literal('')).default(''),
  label: texts(optionComponent.attributes.label.maxLength),
  target: z.enum(TARGETS as [string, ...string[]]),
  step: z.string().max(optionComponent.attributes.step.maxLength).nullable(),
  answer: ref,
  partner: ref,
  handoff: z.enum(HANDOFFS as [string, ...string[]]).nullable(),
});

const step = z.strictObject({
  key: z.string().max(stepComponent.attributes.key.maxLength).regex(new RegExp(stepComponent.attributes.key.regex)),
  prompt: texts(stepComponent.attributes.prompt.maxLength),
  options: z.array(option).max(MAX_STEP_OPTIONS),
});

/** The body of a designer save: `{ steps }`, one structure with fi and sv texts. */
export const designerSaveSchema = z.strictObject({ steps: z.array(step).max(MAX_DESIGNER_STEPS) });
