/** What identifies a path option in a `path_step` event: its stable key, or (older bots) a label. */
export interface OptionNames {
  key: string | null | undefined;
  labels: readonly string[];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');

/**
 * The one rule for which option of a step a `path_step` event's `option` names: by the option's key,
 * else by its label in any language (bots before keys sent the label, case and spaces aside), else by its
 * number from 1 (the earliest bots and the demo usage). -1 when it names none.
 */
export function optionIndexOf<T>(options: readonly T[], sent: string, names: (o: T) => OptionNames): number {
  const all = options.map(names);
  const byKey = all.findIndex((n) => typeof n.key === 'string' && n.key !== '' && same(n.key, sent));
  if (byKey >= 0) return byKey;
  const byLabel = all.findIndex((n) => n.labels.some((l) => l !== '' && same(l, sent)));
  if (byLabel >= 0) return byLabel;
  const number = /^[1-9]\d{0,2}$/.test(sent) ? Number(sent) : 0;
  return number >= 1 && number <= options.length ? number - 1 : -1;
}
