/**
 * SQL order of a group's examples, most useful first (as compareExamples in
 * roll-examples.ts): most frequent, then most recently asked. The first is the group's label.
 */
export const EXAMPLE_ORDER = [
  { column: 'count', order: 'desc' },
  { column: 'asked_at', order: 'desc' },
  { column: 'text', order: 'asc' },
] as const;
