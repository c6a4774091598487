import type { DesignerOption } from './designer-path';
import type { OptionChoice } from '../analytics/stored-option';
import { optionIndexOf as indexOfNamed } from '../guidance/option-index-of';

/** The counts of a step's options, in option order, and what matched no option (renamed or removed ones). */
export interface MatchedChoices {
  perOption: number[];
  unmatched: OptionChoice[];
}

/** The option a reported choice names (`optionIndexOf`: key, else fi/sv label, else number from 1); -1 if none. */
export function optionIndexOf(options: readonly DesignerOption[], option: string): number {
  return indexOfNamed(options, option, (o) => ({ key: o.key as string | undefined, labels: [o.label.fi, o.label.sv] }));
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
