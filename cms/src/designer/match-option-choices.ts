import type { DesignerOption } from './designer-path';
import type { OptionChoice } from '../analytics/path-option-detail';

/** The counts of a step's options, in option order, and what matched no option (renamed or removed ones). */
export interface MatchedChoices { perOption: number[]; unmatched: OptionChoice[] }

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');

/**
 * The option a reported choice names: by the option's stable `key` when it has one, else by its
 * Finnish or Swedish label (bots before keys sent the label), else by its number from 1 (the demo
 * usage and the earliest bots). -1 when it names none.
 */
export function optionIndexOf(options: readonly DesignerOption[], option: string): number {
  const byKey = options.findIndex((o) => typeof o.key === 'string' && o.key === option);
  if (byKey >= 0) return byKey;
  const byLabel = options.findIndex((o) => same(o.label.fi, option) || same(o.label.sv, option));
  if (byLabel >= 0) return byLabel;
  const number = /^[1-9]\d{0,2}$/.test(option) ? Number(option) : 0;
  return number >= 1 && number <= options.length ? number - 1 : -1;
}

/** The report's choices of one step counted onto the step's options as the designer has them now. */
export function matchOptionChoices(
  options: readonly DesignerOption[],
  choices: readonly OptionChoice[],
): MatchedChoices {
  const perOption = options.map(() => 0);
  const unmatched: OptionChoice[] = [];
  for (const choice of choices) {
    const index = optionIndexOf(options, choice.option);
    if (index >= 0) perOption[index] += choice.chosen;
    else unmatched.push(choice);
  }
  return { perOption, unmatched };
}
