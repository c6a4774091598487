/** The NUL character: PostgreSQL's text types cannot hold it, so a value carrying it fails inside the database. */
const NUL = '\u0000';
const MAX_DEPTH = 32;

/**
 * The path of the first string (or object key) in `value` that contains a NUL
 * character, or null. `path` is where `value` sits (e.g. `['query']`); keys
 * are named by their own path. Nesting past 32 levels is not searched: the
 * parsers in front of it (qs, the JSON body limit) do not produce it.
 */
export function nulCharacterPath(value: unknown, path: Array<string | number> = []): Array<string | number> | null {
  return find(value, path, 0);
}

function find(value: unknown, path: Array<string | number>, depth: number): Array<string | number> | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = find(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')];
    const found = find(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
