import { failValidation } from '../validation-failure';

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ORDER = /^(asc|desc)$/i;

function checkSortText(text: string): void {
  for (const item of text.split(',')) {
    const [field, order, ...rest] = item.trim().split(':');
    const fieldOk = field.split('.').every((segment) => SEGMENT.test(segment));
    if (!fieldOk || rest.length > 0 || (order !== undefined && !ORDER.test(order))) {
      failValidation(['sort'], 'must be attribute names with an optional :asc or :desc, e.g. title:asc');
    }
  }
}

function checkSortValue(value: unknown, depth = 0): void {
  if (depth > 5) failValidation(['sort'], 'is nested too deeply');
  if (typeof value === 'string') return checkSortText(value);
  if (Array.isArray(value)) return value.forEach((v) => checkSortValue(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (!SEGMENT.test(key))
        failValidation(['sort'], 'must be attribute names with an optional :asc or :desc, e.g. title:asc');
      if (typeof v === 'string') {
        if (!ORDER.test(v)) failValidation(['sort'], 'orders must be asc or desc');
      } else checkSortValue(v, depth + 1);
    }
    return;
  }
  failValidation(['sort'], 'must be attribute names with an optional :asc or :desc, e.g. title:asc');
}

/**
 * Checks a content-API `sort` parameter's shape before Strapi reads it:
 * Strapi's query builder throws a plain Error (a 500) on an empty attribute
 * name such as `sort=../x`. Attribute existence is left to Strapi, which
 * answers a 400 for unknown ones.
 */
export function checkContentSort(query: Record<string, unknown>): void {
  if (query.sort !== undefined) checkSortValue(query.sort);
}
