import { ANSWER_UID, PARTNER_UID, PATH_UID, TOPIC_UID, TRIGGER_UID } from '../content-uids';

/**
 * Types whose `slug` is one per document, shared by every locale, and the field a new
 * entry's slug is made from when none is given (safety triggers have no title: their slug is typed).
 */
export const SLUG_SOURCES: Readonly<Record<string, string | null>> = {
  [ANSWER_UID]: 'title',
  [PATH_UID]: 'name',
  [PARTNER_UID]: 'name',
  [TOPIC_UID]: 'name',
  [TRIGGER_UID]: null,
};

/** Finnish and Swedish letters folded to their base letter in slugs (slugify would write ä as "ae"). */
export const SLUG_REPLACEMENTS: ReadonlyArray<[string, string]> = [
  ['ä', 'a'],
  ['ö', 'o'],
  ['å', 'a'],
  ['Ä', 'a'],
  ['Ö', 'o'],
  ['Å', 'a'],
];
