import type { Core } from '@strapi/strapi';

export const CONTENT_LOCALES = [
  { code: 'fi', name: 'Finnish (fi)' },
  { code: 'sv', name: 'Swedish (sv)' },
] as const;
export const DEFAULT_LOCALE = 'fi';

interface LocaleRow {
  id: number;
  code: string;
}
interface LocalesService {
  findByCode(code: string): Promise<LocaleRow | null>;
  create(locale: { code: string; name: string }): Promise<LocaleRow>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(args: { code: string }): Promise<unknown>;
  find(params?: Record<string, unknown>): Promise<LocaleRow[]>;
  delete(args: { id: number }): Promise<unknown>;
}

/** fi (default) and sv exist; no other content locale (Strapi seeds `en`). */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  for (const locale of CONTENT_LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create({ ...locale });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  const allowed = new Set<string>(CONTENT_LOCALES.map((l) => l.code));
  for (const locale of await locales.find()) {
    if (!allowed.has(locale.code)) await locales.delete({ id: locale.id });
  }
}
