/** The months a report covers only in part, read from the API's `meta.partialMonths` (pure). */
export function partialMonthSet(meta: unknown): ReadonlySet<string> {
  const list = (meta as { partialMonths?: unknown } | null | undefined)?.partialMonths;
  return new Set(Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string') : []);
}
