import { failValidation } from '../validation-failure';
import { CHANNEL_PATTERN, CHANNEL_RULE } from '@botkb/contract';

export interface SavingsParameters {
  /** Minutes a phone contact would have taken, per bot channel; `default` for other channels. */
  minutesPerContact: Record<string, number>;
  /** Staff cost per working hour, euros (salary + side costs). */
  hourlyCost: number;
  /** Productive working hours per staff-year. */
  hoursPerStaffYear: number;
}

/**
 * Defaults (documented in the README): a phone-line contact in Finnish
 * welfare-area advice lines takes about 6 minutes including wrap-up; chat
 * questions replace slightly shorter calls, professional consultations longer
 * ones. 42 €/h is a nurse's hourly cost with side costs; 1,600 productive hours
 * per staff-year.
 */
export const DEFAULT_SAVINGS_PARAMETERS: SavingsParameters = {
  minutesPerContact: { phone_bot: 6, web_chat: 5, professional_chat: 8, default: 6 },
  hourlyCost: 42,
  hoursPerStaffYear: 1600,
};


/** Minutes a contact on `channel` would have taken: its own entry (never an inherited property), else `default`. */
export function minutesPerContact(p: SavingsParameters, channel: string): number {
  return Object.hasOwn(p.minutesPerContact, channel) ? p.minutesPerContact[channel] : p.minutesPerContact.default;
}

const positive = (v: unknown, path: string[], max: number): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max) failValidation(path, `must be a number greater than 0 and at most ${max}`);
  return v;
};

/** Validates a PUT body; every field is required so the stored parameters are always complete. */
export function validateSavingsParameters(body: unknown): SavingsParameters {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) failValidation(['body'], 'must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!['minutesPerContact', 'hourlyCost', 'hoursPerStaffYear', 'id'].includes(key)) failValidation([key], 'is not a savings parameter');
  const m = b.minutesPerContact;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) failValidation(['minutesPerContact'], 'must be an object of channel → minutes');
  const minutes: Record<string, number> = {};
  for (const [channel, v] of Object.entries(m as Record<string, unknown>)) {
    if (!CHANNEL_PATTERN.test(channel)) failValidation(['minutesPerContact', channel], `must be ${CHANNEL_RULE}`);
    minutes[channel] = positive(v, ['minutesPerContact', channel], 240);
  }
  if (minutes.default === undefined) failValidation(['minutesPerContact', 'default'], 'is required (minutes for channels not listed)');
  return { minutesPerContact: minutes, hourlyCost: positive(b.hourlyCost, ['hourlyCost'], 1000), hoursPerStaffYear: positive(b.hoursPerStaffYear, ['hoursPerStaffYear'], 8760) };
}
