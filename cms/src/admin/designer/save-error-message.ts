import type { DesignerMessage } from './messages';
import type { Translate } from './useMessages';

/** The body of the designer API's 400: Strapi's ValidationError, `details.errors[0].path` naming the field. */
export interface SaveErrorBody {
  error?: { message?: string; details?: { errors?: Array<{ path?: Array<string | number> }> } };
}

/** The label of a refused field in the designer's own words (the form's labels). */
const FIELD_LABELS: Record<string, DesignerMessage> = {
  'prompt.fi': 'promptFi',
  'prompt.sv': 'promptSv',
  'label.fi': 'labelFi',
  'label.sv': 'labelSv',
  target: 'target',
  step: 'target',
  answer: 'target',
  partner: 'target',
  handoff: 'target',
};

/**
 * A refused save in the admin's language, naming the step (from 1), option and field the API's
 * 400 names (`steps[1].key` → "Vaihe 2: tunniste puuttuu …"); the API's message for anything else.
 */
export function saveErrorMessage(body: SaveErrorBody | undefined, status: number, t: Translate): string {
  return t('saveFailed', { message: refusedField(body, status, t) });
}

function refusedField(body: SaveErrorBody | undefined, status: number, t: Translate): string {
  const path = (body?.error?.details?.errors?.[0]?.path ?? []).map(String);
  const [root, stepIndex, ...rest] = path;
  const step = Number(stepIndex) + 1;
  if (root === 'steps' && Number.isInteger(step) && rest.length) {
    if (rest[0] === 'key') return t('invalidKey', { step });
    if (rest[0] === 'options' && rest.length > 2 && Number.isInteger(Number(rest[1]))) {
      const label = FIELD_LABELS[rest.slice(2).join('.')];
      const field = label ? t(label) : rest.slice(2).join('.');
      return t('invalidOptionField', { step, option: Number(rest[1]) + 1, field });
    }
    const label = FIELD_LABELS[rest.join('.')];
    return t('invalidStepField', { step, field: label ? t(label) : rest.join('.') });
  }
  return path.length ? t('invalidBody') : (body?.error?.message ?? String(status));
}
