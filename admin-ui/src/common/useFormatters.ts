import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { createFormatters, type Formatters } from '../format';

/** Intl formatters for the current UI language (fi-FI, sv-FI, en-GB). */
export function useFormatters(): Formatters {
  const [locale] = useLocaleState();
  return useMemo(() => createFormatters(locale), [locale]);
}
