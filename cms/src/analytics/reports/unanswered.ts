import type { Knex } from 'knex';
import type { ContentLocale, GroupStatus, UnansweredGroup } from '@botkb/contract';
import { TABLES } from '../analytics-tables';
import type { ReportFilter } from '../report-query';
import { splitRange } from '../sum-rollups';
import { EXAMPLE_ORDER } from '../example-order';
import { monthsBetween } from '../months';

export { GROUP_STATUSES, type GroupStatus } from '@botkb/contract';
/** A group as the reports read it (the contract's, before the resolution is linked). */
export type GroupRow = UnansweredGroup;

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Asks per group in the range and filters: whole months from the monthly table, edge days from the daily one. */
async function countsInRange(knex: Knex, filter: ReportFilter): Promise<Map<number, number>> {
  const { months, days } = splitRange(filter.from, filter.to);
  const parts: Array<[string, string, [string, string]]> = days.map((d) => [TABLES.groupDaily, 'day', d]);
  if (months) parts.push([TABLES.groupMonthly, 'month', months]);
  const counts = new Map<number, number>();
  for (const [table, bucket, range] of parts) {
    const q = knex(table).select('group_id').sum({ n: 'count' }).whereBetween(bucket, range).groupBy('group_id');
    if (filter.locale) q.where('locale', filter.locale);
    if (filter.audience) q.where('audience', filter.audience);
    if (filter.channel) q.where('channel', filter.channel);
    for (const r of (await q) as Array<{ group_id: unknown; n: unknown }>)
      counts.set(Number(r.group_id), (counts.get(Number(r.group_id)) ?? 0) + Number(r.n));
  }
  return counts;
}

/** Each group's label: its most useful kept example (the first in EXAMPLE_ORDER). */
export async function topExamples(knex: Knex, ids: number[]): Promise<Map<number, string>> {
  const top = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await knex(TABLES.groupExamples)
      .select('group_id', 'text')
      .whereIn('group_id', ids.slice(i, i + 500))
      .orderBy([...EXAMPLE_ORDER]);
    for (const r of rows) if (!top.has(Number(r.group_id))) top.set(Number(r.group_id), r.text);
  }
  return top;
}

/**
 * Unanswered-question groups with asks in the range (and filters): count in
 * range, all-time count, first/last seen. Locales and examples are added by
 * `withGroupDetails`, for the rows a page shows.
 */
export async function unansweredGroups(
  knex: Knex,
  filter: ReportFilter,
  opts: { statuses?: GroupStatus[]; q?: string; ids?: number[]; countInRange?: boolean },
): Promise<GroupRow[]> {
  // By ids: every group asked at all, counted over all time unless `countInRange` (then 0 when not asked in it).
  const counts = opts.ids && !opts.countInRange ? null : await countsInRange(knex, filter);
  const q = knex(TABLES.groups).select('*');
  if (opts.statuses?.length) q.whereIn('status', opts.statuses);
  if (opts.ids) q.whereIn('id', opts.ids);
  if (opts.q) {
    const pattern = likePattern(opts.q);
    q.where((w) =>
      w
        .whereRaw('lower(label) like ? escape ?', [pattern, '\\'])
        .orWhereExists(
          knex(TABLES.groupExamples)
            .whereRaw('??.group_id = ??.id', [TABLES.groupExamples, TABLES.groups])
            .whereRaw('lower(text) like ? escape ?', [pattern, '\\']),
        ),
    );
  }
  const listed = (await q).filter((g) => (counts && !opts.ids ? counts.get(Number(g.id)) : Number(g.total_count)));
  const labels = await topExamples(
    knex,
    listed.map((g) => Number(g.id)),
  );
  const rows: GroupRow[] = [];
  for (const g of listed) {
    const count = counts ? (counts.get(Number(g.id)) ?? 0) : Number(g.total_count);
    const label = labels.get(Number(g.id)) ?? null;
    rows.push({
      id: String(g.id),
      label,
      examplesExpired: label === null,
      retentionDays: null,
      status: g.status,
      count,
      totalCount: Number(g.total_count),
      firstSeen: iso(g.first_seen),
      lastSeen: iso(g.last_seen),
      locales: [g.locale],
      examples: [],
      resolution: g.resolution_kind
        ? {
            kind: g.resolution_kind,
            slug: g.resolution_slug,
            phrasing: g.resolution_phrasing ?? null,
            resolvedBy: g.resolved_by ?? null,
            resolvedAt: g.resolved_at ? iso(g.resolved_at) : null,
          }
        : null,
    });
  }
  return rows;
}

/** Adds each group's locales and up to `examples` redacted examples, most useful (EXAMPLE_ORDER) first. */
export async function withGroupDetails(
  knex: Knex,
  rows: GroupRow[],
  opts: { examples: number; retentionDays: number },
): Promise<GroupRow[]> {
  const { examples, retentionDays } = opts;
  const ids = rows.map((r) => Number(r.id));
  const locales = new Map<number, Set<string>>();
  const texts = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of await knex(TABLES.groupMonthly).distinct('group_id', 'locale').whereIn('group_id', chunk)) {
      const set = locales.get(Number(r.group_id)) ?? new Set<string>();
      set.add(r.locale);
      locales.set(Number(r.group_id), set);
    }
    if (examples > 0) {
      const stored = await knex(TABLES.groupExamples)
        .select('group_id', 'text')
        .whereIn('group_id', chunk)
        .orderBy([...EXAMPLE_ORDER]);
      for (const r of stored) {
        const list = texts.get(Number(r.group_id)) ?? [];
        if (list.length < examples) list.push(r.text);
        texts.set(Number(r.group_id), list);
      }
    }
  }
  return rows.map((r) => ({
    ...r,
    retentionDays,
    // Locales are stored from validated asks: fi or sv.
    locales: [...(locales.get(Number(r.id)) ?? new Set(r.locales))].sort() as ContentLocale[],
    examples: texts.get(Number(r.id)) ?? [],
  }));
}

/** Asks per month of one group in every month the period touches, 0 for a month it was not asked in. */
export async function groupTrend(
  knex: Knex,
  id: number,
  period: { from: string; to: string },
): Promise<Array<{ month: string; count: number }>> {
  const months = monthsBetween(period.from.slice(0, 7), period.to.slice(0, 7));
  const rows = await knex(TABLES.groupMonthly)
    .select('month')
    .sum({ n: 'count' })
    .where('group_id', id)
    .whereBetween('month', [months[0], months[months.length - 1]])
    .groupBy('month');
  const counts = new Map((rows as Array<{ month: string; n: unknown }>).map((r) => [r.month, Number(r.n)]));
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
