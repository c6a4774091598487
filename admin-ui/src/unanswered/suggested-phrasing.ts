import { placeholderFreePhrasing } from '@botkb/contract';
import type { UnansweredRow } from '../types';

/** A label the CMS gives a group whose examples all expired: its analyzer key in brackets, not a question. */
export const isStemKeyLabel = (label: string): boolean => /^\[.*\]$/.test(label.trim());

/**
 * The phrasing the resolve form and the suggested fix start with: the group's most typical redacted example
 * without a placeholder of personal data ("[PUHELIN]"), else one that is still a question with its placeholders
 * taken out, else its label when that is such a question; never a stem key. '' when none is: the expert types it.
 */
export function suggestedPhrasing(group: Pick<UnansweredRow, 'label' | 'examples'>): string {
  const candidates = [...(group.examples ?? []), group.label ?? ''];
  return placeholderFreePhrasing(candidates.filter((text) => text.trim() && !isStemKeyLabel(text))) ?? '';
}
