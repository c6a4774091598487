import type { Knex } from 'knex';
import type { FeedbackCommentRow } from '@botkb/contract';
import { TABLES } from '../analytics-tables';
import { helsinkiDayStart } from '../helsinki-day';
import type { ReportFilter } from '../report-query';

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The most comments one request reads (newest first): a report, not an archive. */
export const MAX_FEEDBACK_COMMENTS = 5000;

export type { FeedbackCommentRow };

/** Which comments to list besides the report filter: on one answer or path, helpful or not. */
export interface CommentFilter {
  kind?: 'answer' | 'path';
  slug?: string;
  helpful?: boolean;
}

/**
 * Feedback comments residents wrote in the range, newest first (already
 * redacted; retention deletes them with question texts). Test traffic only
 * with `includeTest`. Callers log every view (botkb_access_log).
 */
export async function feedbackComments(
  knex: Knex,
  filter: ReportFilter,
  only: CommentFilter = {},
): Promise<FeedbackCommentRow[]> {
  const q = knex(TABLES.events)
    .select('event_id', 'occurred_at', 'locale', 'channel', 'answer_slug', 'path_slug', 'helpful', 'comment')
    .where('type', 'feedback')
    .whereNotNull('comment')
    .whereNot('comment', '')
    .where('occurred_at', '>=', helsinkiDayStart(filter.from))
    .where('occurred_at', '<', helsinkiDayStart(nextDay(filter.to)))
    .orderBy('occurred_at', 'desc')
    .limit(MAX_FEEDBACK_COMMENTS);
  if (filter.locale) q.where('locale', filter.locale);
  if (filter.audience) q.where('audience', filter.audience);
  if (filter.channel) q.where('channel', filter.channel);
  if (!filter.includeTest) q.where('test', false);
  if (only.kind) q.whereNotNull(only.kind === 'answer' ? 'answer_slug' : 'path_slug');
  if (only.slug) q.where((w) => w.where('answer_slug', only.slug!).orWhere('path_slug', only.slug!));
  if (only.helpful !== undefined) q.where('helpful', only.helpful);
  const rows = (await q) as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    id: String(r.event_id),
    at: new Date(Number(r.occurred_at)).toISOString(),
    locale: String(r.locale),
    channel: String(r.channel),
    kind: r.answer_slug ? 'answer' : 'path',
    slug: String(r.answer_slug ?? r.path_slug ?? ''),
    helpful: Boolean(r.helpful),
    comment: String(r.comment),
  }));
}
