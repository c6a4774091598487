import type { DemoContent, Locale } from './content-types';

/**
 * The demo knowledge base's texts in one locale, as the CMS reads them into
 * its analyzer's compound lexicon (answers, paths, synonyms): lets tools
 * build the same analyzer without a running CMS.
 */
export function demoLexiconTexts(content: DemoContent, locale: Locale): string[] {
  const texts: string[] = [];
  for (const a of content.answers) {
    const l = a[locale];
    if (l) texts.push(l.title, l.body, ...l.phrasings);
  }
  for (const p of content.paths)
    texts.push(p.name[locale] ?? '', p.description[locale] ?? '', ...(p.phrasings?.[locale] ?? []));
  for (const group of content.vocabulary[locale].synonyms) texts.push(...group);
  return texts.filter(Boolean);
}
