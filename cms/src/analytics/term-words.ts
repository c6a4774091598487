import { foldDiacritics, tokenize, type SearchLocale } from '@botkb/search';
import { withoutPlaceholders } from '@botkb/contract';
import { questionKey } from './question-key';

/** A word of `texts` for each grouping term (folded) of theirs: how the questions wrote it ("pysäköinti"); placeholders are no words. */
export function termWords(locale: SearchLocale, texts: readonly string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const text of texts) {
    for (const token of tokenize(withoutPlaceholders(text))) {
      const term = foldDiacritics(questionKey({ locale }, token));
      if (term && !term.includes(' ') && !words.has(term)) words.set(term, token);
    }
  }
  return words;
}
