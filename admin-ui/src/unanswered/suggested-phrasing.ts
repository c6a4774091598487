import type { UnansweredRow } from '../types';

/** A label the CMS gives a group whose examples all expired: its analyzer key in brackets, not a question. */
export const isStemKeyLabel = (label: string): boolean => /^\[.*\]$/.test(label.trim());

/**
 * The phrasing the resolve form starts with: the group's most frequent recent
 * redacted example, else its label when that is a real question; never a stem key.
 */
export function suggestedPhrasing(group: Pick<UnansweredRow, 'label' | 'examples'>): string {
  const candidates = [...(group.examples ?? []), group.label ?? ''];
  return candidates.find((text) => text.trim() && !isStemKeyLabel(text)) ?? '';
}
