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
  z.object(
    Object.fromEntries(DESIGNER_LOCALES.map((l) => [l, z.string().max(max)])) as Record<DesignerLocale, z.ZodString>,
  );

const ref = z.string().min(1).max(60).nullable();

const editedOptionFields = {
  label: texts(optionComponent.attributes.label.maxLength),
  target: z.enum(TARGETS as [string, ...string[]]),
  step: z.string().max(optionComponent.attributes.step.maxLength).nullable(),
  answer: ref,
  partner: ref,
  handoff: z.enum(HANDOFFS as [string, ...string[]]).nullable(),
};

/** A field of the option component the designer does not edit (such as `key`): sent back as it was read. */
const otherField = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]).optional();

/**
 * The save body for an option component with these attributes: the edited fields checked, every
 * other attribute passed through, and a field the component does not have refused (400 naming it).
 */
export function buildDesignerSaveSchema(optionAttributes: readonly string[]) {
  const others = optionAttributes.filter((name) => !(name in editedOptionFields)).map((name) => [name, otherField]);
  const option = z.strictObject({ ...editedOptionFields, ...Object.fromEntries(others) });
  const step = z.strictObject({
    key: z.string().max(stepComponent.attributes.key.maxLength).regex(new RegExp(stepComponent.attributes.key.regex)),
    prompt: texts(stepComponent.attributes.prompt.maxLength),
    options: z.array(option).max(MAX_STEP_OPTIONS),
  });
  return z.strictObject({ steps: z.array(step).max(MAX_DESIGNER_STEPS) });
}

/** The body of a designer save: `{ steps }`, one structure with fi and sv texts. */
export const designerSaveSchema = buildDesignerSaveSchema(Object.keys(optionComponent.attributes));
