/** The key JSON.parse keeps as an own property but that assignment would treat as an object's prototype. */
const PROTOTYPE_KEY = '__proto__';

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
}

function pathOf(visit: Visit): Array<string | number> {
  const path: Array<string | number> = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * The path to the first `__proto__` key in a parsed JSON value (depth first),
 * or null when it has none. Linear in the size of the value, however deep:
 * an explicit stack of visits that point to their parent, paths built only for a hit.
 */
export function prototypeKeyPath(value: unknown): Array<string | number> | null {
  const stack: Visit[] = [{ value, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const node = visit.value;
    if (typeof node !== 'object' || node === null) continue;
    const keys = Object.keys(node);
    if (!Array.isArray(node) && keys.includes(PROTOTYPE_KEY)) return [...pathOf(visit), PROTOTYPE_KEY];
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = Array.isArray(node) ? i : keys[i];
      stack.push({ value: (node as Record<string, unknown>)[keys[i]], key, parent: visit });
    }
  }
  return null;
}
