/**
 * The placeholders redaction writes in place of personal data in residents' free text
 * (cms/src/privacy/redact-personal-data.ts). A placeholder is never a word of a question:
 * not in grouping keys, word tables, similarity, phrasings or bank questions.
 */
export const PLACEHOLDERS = {
  identityCode: '[HETU]',
  phone: '[PUHELIN]',
  email: '[EMAIL]',
  iban: '[IBAN]',
  number: '[NUMERO]',
} as const;

const escaped = Object.values(PLACEHOLDERS).map((p) => p.replace(/[[\]]/g, '\\$&'));
/** Any placeholder, in any letter case (a stored text may have been lower-cased). */
const PLACEHOLDER = new RegExp(`(?:${escaped.join('|')})`, 'giu');

/** Whether `text` holds a redaction placeholder. */
export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

/** `text` without its placeholders, spaces collapsed ("ring mig på [PUHELIN]?" → "ring mig på?"). */
export function withoutPlaceholders(text: string): string {
  return text
    .replace(PLACEHOLDER, ' ')
    .replace(/\s+([?!.,:;])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Fewest words a text left after taking out its placeholders must hold to still be a question. */
export const MIN_QUESTION_WORDS = 2;

/**
 * `text` as a phrasing or a bank question: as it is without placeholders; with them, what is left once they are
 * taken out when that is still a question (MIN_QUESTION_WORDS words), else null (the expert types one).
 */
export function phrasingWithoutPlaceholders(text: string): string | null {
  const trimmed = text.trim();
  if (!hasPlaceholder(trimmed)) return trimmed || null;
  const left = withoutPlaceholders(trimmed);
  const words = left.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => /\p{L}/u.test(w)).length >= MIN_QUESTION_WORDS ? left : null;
}

/**
 * The phrasing a group offers: its first (most typical) example without a placeholder, else the first one that is
 * still a question once its placeholders are taken out (phrasingWithoutPlaceholders), else null.
 */
export function placeholderFreePhrasing(examples: readonly string[]): string | null {
  const clean = examples.find((e) => e.trim() && !hasPlaceholder(e));
  if (clean) return clean.trim();
  for (const e of examples) {
    const left = phrasingWithoutPlaceholders(e);
    if (left) return left;
  }
  return null;
}
