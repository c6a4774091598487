/** What names an unanswered-question group in the UI. Pure. */
import type { UnansweredRow } from '../types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The group's most useful recent example (the API's label); when retention
 * deleted every example, a plain sentence saying so. Never an analyzer key.
 */
export function groupLabel(row: Pick<UnansweredRow, 'label' | 'retentionDays'>, translate: Translate): string {
  return row.label ?? translate('app.unanswered.examples_expired', { days: row.retentionDays ?? '?' });
}
