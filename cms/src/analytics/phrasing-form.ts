import { tokenize } from '@botkb/search';

/**
 * The form by which two phrasings are the same: their words in lower case, without punctuation
 * ("Onko terveysasemalla wifi?" = "onko terveysasemalla wifi").
 */
export function phrasingForm(text: string): string {
  return tokenize(text).join(' ');
}
