export const SEARCH_LOCALES = ['fi', 'sv'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];

export function isSearchLocale(value: unknown): value is SearchLocale {
  return typeof value === 'string' && (SEARCH_LOCALES as readonly string[]).includes(value);
}
