import type { Knex } from 'knex';
import type { Breakdown, MonthlyUsageRow } from '@botkb/contract';
import { sumRollups, type RollupDimension } from '../sum-rollups';
import { rate, type ReportFilter } from '../report-query';
import { monthsBetween } from '../months';
import { RESOLVED_METRIC } from '../conversation-outcomes';

export const USAGE_METRICS = [
  'conversations',
  'messages',
  'questions',
  'answered',
  'unanswered',
  'handoffs',
  'handoff_conversations',
  'feedback_helpful',
  'feedback_unhelpful',
  RESOLVED_METRIC,
] as const;
export type { Breakdown, MonthlyUsageRow };

/** Usage per month (optionally per locale, channel or audience): every month of the range appears, with zeros. */
export async function monthlyUsage(
  knex: Knex,
  filter: ReportFilter,
  breakdown?: Breakdown,
): Promise<MonthlyUsageRow[]> {
  const groupBy: RollupDimension[] = breakdown ? ['month', breakdown, 'metric'] : ['month', 'metric'];
  const sums = await sumRollups(knex, filter, [...USAGE_METRICS], groupBy);
  const cells = new Map<string, Record<string, number>>();
  const dimensions = new Set<string>();
  for (const s of sums) {
    const dim = breakdown ? s[breakdown] : '';
    dimensions.add(dim);
    const key = `${s.month}\u0001${dim}`;
    const cell = cells.get(key) ?? {};
    cell[s.metric] = (cell[s.metric] ?? 0) + s.count;
    cells.set(key, cell);
  }
  if (!breakdown) dimensions.add('');
  const rows: MonthlyUsageRow[] = [];
  for (const month of monthsBetween(filter.from, filter.to)) {
    for (const dim of [...dimensions].sort()) {
      const c = cells.get(`${month}\u0001${dim}`) ?? {};
      const n = (m: string) => c[m] ?? 0;
      const questions = n('questions');
      const helpful = n('feedback_helpful');
      const unhelpful = n('feedback_unhelpful');
      rows.push({
        id: breakdown ? `${month}:${dim || 'unknown'}` : month,
        month,
        ...(breakdown ? { dimension: dim || 'unknown' } : {}),
        conversations: n('conversations'),
        messages: n('messages'),
        questions,
        answered: n('answered'),
        unanswered: n('unanswered'),
        answeredRate: rate(n('answered'), questions),
        unansweredRate: rate(n('unanswered'), questions),
        handoffs: n('handoffs'),
        handoffConversations: n('handoff_conversations'),
        handoffRate: rate(n('handoff_conversations'), n('conversations')),
        feedbackHelpful: helpful,
        feedbackUnhelpful: unhelpful,
        helpfulRate: rate(helpful, helpful + unhelpful),
        resolvedByBot: n(RESOLVED_METRIC),
        resolvedRate: rate(n(RESOLVED_METRIC), n('conversations')),
      });
    }
  }
  return rows;
}
