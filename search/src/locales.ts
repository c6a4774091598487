import { LOCALES, type Locale } from '@botkb/contract';

/** The locales search indexes: the contract's content locales (one source). */
export const SEARCH_LOCALES = LOCALES;
export type SearchLocale = Locale;

export function isSearchLocale(value: unknown): value is SearchLocale {
  return typeof value === 'string' && (SEARCH_LOCALES as readonly string[]).includes(value);
}
