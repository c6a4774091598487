import optionComponent from '../components/guidance/option.json';

/** The option key rule (guidance.option's `key`): a slug of at most 60 characters. */
export const OPTION_KEY_MAX_LENGTH = optionComponent.attributes.key.maxLength;
export const OPTION_KEY_PATTERN = new RegExp(optionComponent.attributes.key.regex);

/**
 * A key is never a bare number: `path_step.option` "2" from the earliest bots means the second option
 * (option-index-of.ts), and a key "2" on another option would take it.
 */
const BARE_NUMBER = /^\d+$/;

/** A key made from an option's label: "Kyllä, heti!" → "kylla-heti", "3" → "n-3"; "option" when nothing is left. */
export function optionKeyFromLabel(label: unknown): string {
  const words =
    (typeof label === 'string' ? label : '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  let key = '';
  for (const word of words) {
    const next = key ? `${key}-${word}` : word;
    if (next.length > OPTION_KEY_MAX_LENGTH) break;
    key = next;
  }
  if (BARE_NUMBER.test(key)) return `n-${key}`.slice(0, OPTION_KEY_MAX_LENGTH);
  return key || 'option';
}

/** `key`, or `key-2`, `key-3`… the first not in `taken`, within the length limit. */
function uniqueKey(key: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${key.slice(0, OPTION_KEY_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The options of one step with a key each: a valid key is kept (its first use), an empty, invalid or
 * repeated one is made from the label and numbered to stay unique within the step.
 */
export function assignOptionKeys<T extends { key?: unknown; label?: unknown }>(
  options: readonly T[],
): Array<T & { key: string }> {
  const taken = new Set<string>();
  const valid = (k: unknown): k is string =>
    typeof k === 'string' && k.length <= OPTION_KEY_MAX_LENGTH && OPTION_KEY_PATTERN.test(k) && !BARE_NUMBER.test(k);
  return options.map((o) => {
    const key = valid(o.key) && !taken.has(o.key) ? o.key : uniqueKey(optionKeyFromLabel(o.label), taken);
    taken.add(key);
    return { ...o, key };
  });
}
