import { redactPersonalData } from '../privacy/redact-personal-data';

/** Width of the stored option (event column and rollup detail): a redacted option may be longer than the one sent. */
export const OPTION_LENGTH = 60;

/** A path option as stored and counted: redacted (bots may send free text), at most OPTION_LENGTH characters. */
export function storedOption(option: string): string {
  return redactPersonalData(option).slice(0, OPTION_LENGTH);
}

/** The rollup detail of a `path_option` count: step key and option (step keys never contain "|"). */
export const optionDetail = (stepKey: string, option: string): string => `${stepKey}|${option}`;

/** The step key and option of a `path_option` rollup detail. */
export function parseOptionDetail(detail: string): { stepKey: string; option: string } {
  const at = detail.indexOf('|');
  return at < 0 ? { stepKey: detail, option: '' } : { stepKey: detail.slice(0, at), option: detail.slice(at + 1) };
}

/** How often bots reported an option of a step as chosen (the contract's row of GET /path-performance). */
export type { PathOptionChoice as OptionChoice } from '@botkb/contract';
