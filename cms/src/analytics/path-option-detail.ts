/** How often bots reported an option of a step as chosen, named as they sent it (key, label or number). */
export interface OptionChoice { option: string; chosen: number }

/**
 * The rollup detail of a `path_option` count: the step a resident was at and the option they chose
 * (as the bot sent it: the option's key, or its label or number from bots that send no key).
 * Step keys are slugs, so the first '|' always ends the step key.
 */
export function pathOptionDetail(stepKey: string, option: string): string {
  return `${stepKey}|${option}`;
}

/** The step key and option of a `path_option` rollup detail. */
export function splitPathOptionDetail(detail: string): { stepKey: string; option: string } {
  const cut = detail.indexOf('|');
  return cut < 0 ? { stepKey: detail, option: '' } : { stepKey: detail.slice(0, cut), option: detail.slice(cut + 1) };
}
