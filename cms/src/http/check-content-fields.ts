import { failValidation } from '../validation-failure';

/**
 * Names every object has through its prototype ("constructor", "toString", "__proto__"). Strapi looks
 * attributes up on a plain object, takes these for attributes and fails with a plain Error (a 500) when
 * it selects them (`fields[0]=constructor`, found by the fuzz test).
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Deeper `populate` nesting than any content type here has; Strapi checks the rest. */
const MAX_POPULATE_DEPTH = 10;

type Path = Array<string | number>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The names a `fields` value lists: a comma-separated text or an array of them. */
function fieldNames(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((name) => name.trim());
  if (Array.isArray(value)) return value.flatMap(fieldNames);
  return [];
}

function checkFields(value: unknown, path: Path): void {
  const name = fieldNames(value).find((n) => PROTOTYPE_NAMES.has(n));
  if (name !== undefined) failValidation(path, `"${name}" is not an attribute`);
}

/** `populate[relation][fields]`, `populate[relation][populate]…` and dynamic zones' `populate[zone][on][component]`. */
function checkPopulate(value: unknown, path: Path, depth: number): void {
  if (!isRecord(value) || depth > MAX_POPULATE_DEPTH) return;
  for (const [relation, spec] of Object.entries(value)) {
    if (!isRecord(spec)) continue;
    if (spec.fields !== undefined) checkFields(spec.fields, [...path, relation, 'fields']);
    checkPopulate(spec.populate, [...path, relation, 'populate'], depth + 1);
    if (isRecord(spec.on)) checkPopulate(spec.on, [...path, relation, 'on'], depth + 1);
  }
}

/**
 * Checks a content-API query's `fields`, at the top and inside `populate`, for names Strapi would take for
 * attributes and then fail on (a 500); any other unknown name is left to Strapi, which answers a 400.
 */
export function checkContentFields(query: Record<string, unknown>): void {
  if (query.fields !== undefined) checkFields(query.fields, ['fields']);
  checkPopulate(query.populate, ['populate'], 0);
}
