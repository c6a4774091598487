import { CONTENT_LOCALES, type ContentLocale } from '../types';

/** The content language titles are asked in under UI language `ui`: the UI's own when content has it. */
export function titleLocaleFor(ui: string): ContentLocale | undefined {
  return (CONTENT_LOCALES as readonly string[]).includes(ui) ? (ui as ContentLocale) : undefined;
}

/**
 * A content title as the UI shows it in text (tables, charts, Excel): under a UI language the content has,
 * a title that had to fall back to another language is marked with that language, e.g. "Hammashoito (fi)".
 */
export function markedTitle(
  row: { title?: string; slug?: string; titleLocale?: ContentLocale | null },
  ui: string,
): string {
  const title = row.title || row.slug || '';
  const wanted = titleLocaleFor(ui);
  const fellBack = wanted !== undefined && row.titleLocale && row.titleLocale !== wanted;
  return fellBack ? `${title} (${row.titleLocale})` : title;
}
