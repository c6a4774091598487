import { z } from 'zod';

/** A string field with one rule and one message for every way of breaking it: `must be <rule>`. */
export function textRule(opts: { rule: string; pattern?: RegExp; min?: number; max?: number }) {
  const error = `must be ${opts.rule}`;
  let schema = z.string({ error }).min(opts.min ?? 1, { error });
  if (opts.max !== undefined) schema = schema.max(opts.max, { error });
  if (opts.pattern) schema = schema.regex(opts.pattern, { error });
  return schema;
}
