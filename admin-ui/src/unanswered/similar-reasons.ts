import type { SimilarGroupRow } from '../types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Why a group may be the same question, one sentence per kind of reason (residents' rewordings, same words,
 * related words, same entry).
 */
export function similarReasons(
  row: Pick<SimilarGroupRow, 'sharedWords' | 'relatedWords' | 'sameCandidate' | 'rephraseConversations'>,
  translate: Translate,
): string[] {
  const reasons: string[] = [];
  const reworded = row.rephraseConversations;
  if (reworded > 0) reasons.push(translate('app.rephrasings.similar', { smart_count: reworded }));
  if (row.sharedWords.length) reasons.push(translate('app.similar.shared', { words: row.sharedWords.join(', ') }));
  if (row.relatedWords.length) {
    const pairs = row.relatedWords.map((r) => `${r.word} ~ ${r.other}`).join(', ');
    reasons.push(translate('app.similar.related', { pairs }));
  }
  if (row.sameCandidate) reasons.push(translate('app.similar.candidate', { title: row.sameCandidate.title }));
  return reasons;
}
