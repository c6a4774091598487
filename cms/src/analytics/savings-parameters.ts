import type { SavingsParameters } from '@botkb/contract';

export type { SavingsParameters };

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
