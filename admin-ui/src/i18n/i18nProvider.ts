import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'ra-core';
import fi from './fi';
import type { UiLocale } from '../types';

export const DEFAULT_LOCALE: UiLocale = 'fi';

/** Finnish is bundled (default); Swedish and English load on demand. */
function getMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'sv') return import('./sv').then((m) => m.default);
  if (locale === 'en') return import('./en').then((m) => m.default);
  return fi;
}

export const i18nProvider = polyglotI18nProvider(
  getMessages,
  DEFAULT_LOCALE,
  // Language names in their own language (the menu is the same in every UI language).
  [
    { locale: 'fi', name: 'Suomi' },
    { locale: 'sv', name: 'Svenska' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: false },
);
