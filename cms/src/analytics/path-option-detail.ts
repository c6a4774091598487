import { redactPersonalData } from '../privacy/redact-personal-data';

/** Width of a stored path option: a redacted option may be longer than the one sent. */
export const OPTION_LENGTH = 60;

/**
 * The rollup detail of a `path_step` event's option (metric `path_option`, subject the path):
 * `stepKey|option`. The option is the option's key; older bots sent a label, free text, so it is
 * redacted like the stored event's.
 */
export function pathOptionDetail(stepKey: string, option: string): string {
  return `${stepKey}|${storedOption(option)}`;
}

/** An option as it is stored (events table, rollups): redacted, at most OPTION_LENGTH characters. */
export function storedOption(option: string): string {
  return redactPersonalData(option).slice(0, OPTION_LENGTH);
}

/** The step key and option of a `path_option` rollup detail. */
export function parsePathOptionDetail(detail: string): { stepKey: string; option: string } {
  const bar = detail.indexOf('|');
  return { stepKey: detail.slice(0, bar), option: detail.slice(bar + 1) };
}
