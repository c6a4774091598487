import type { Knex } from 'knex';
import { TABLES } from '../analytics-tables';
import type { ReportFilter } from '../report-query';

export const GROUP_STATUSES = ['new', 'in_progress', 'resolved', 'ignored'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export interface GroupRow {
  id: string;
  label: string;
  status: GroupStatus;
  count: number;
  totalCount: number;
  firstSeen: string;
  lastSeen: string;
  locales: string[];
  examples: string[];
  resolution: null | { kind: string; slug: string; phrasing: string | null; resolvedBy: string | null; resolvedAt: string | null };
  [key: string]: unknown;
}

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();

function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Unanswered-question groups with asks in the range (and filters): count in
 * range, all-time count, first/last seen, locales and up to `examples` examples.
 */
export async function unansweredGroups(knex: Knex, filter: ReportFilter, opts: { statuses?: GroupStatus[]; q?: string; examples: number; ids?: number[] }): Promise<GroupRow[]> {
  const counts = knex(TABLES.groupDaily).select('group_id').sum({ n: 'count' }).whereBetween('day', [filter.from, filter.to]).groupBy('group_id');
  if (filter.locale) counts.where('locale', filter.locale);
  if (filter.audience) counts.where('audience', filter.audience);
  if (filter.channel) counts.where('channel', filter.channel);
  const q = knex(TABLES.groups).join(counts.as('c'), 'c.group_id', `${TABLES.groups}.id`).select(`${TABLES.groups}.*`, 'c.n');
  if (opts.statuses?.length) q.whereIn('status', opts.statuses);
  if (opts.ids) q.whereIn(`${TABLES.groups}.id`, opts.ids);
  if (opts.q) {
    const pattern = likePattern(opts.q);
    q.where((w) => w.whereRaw('lower(label) like ? escape ?', [pattern, '\\'])
      .orWhereExists(knex(TABLES.groupExamples).whereRaw('??.group_id = ??.id', [TABLES.groupExamples, TABLES.groups]).whereRaw('lower(text) like ? escape ?', [pattern, '\\'])));
  }
  const groups = await q;
  if (groups.length === 0) return [];
  const ids = groups.map((g) => Number(g.id));
  const locales = new Map<number, Set<string>>();
  const examples = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of await knex(TABLES.groupDaily).distinct('group_id', 'locale').whereIn('group_id', chunk)) {
      const set = locales.get(Number(r.group_id)) ?? new Set<string>();
      set.add(r.locale);
      locales.set(Number(r.group_id), set);
    }
    if (opts.examples > 0) {
      for (const r of await knex(TABLES.groupExamples).select('group_id', 'text').whereIn('group_id', chunk).orderBy('asked_at', 'desc')) {
        const list = examples.get(Number(r.group_id)) ?? [];
        if (list.length < opts.examples) list.push(r.text);
        examples.set(Number(r.group_id), list);
      }
    }
  }
  return groups.map((g) => ({
    id: String(g.id),
    label: g.label,
    status: g.status,
    count: Number(g.n),
    totalCount: Number(g.total_count),
    firstSeen: iso(g.first_seen),
    lastSeen: iso(g.last_seen),
    locales: [...(locales.get(Number(g.id)) ?? new Set([g.locale]))].sort(),
    examples: examples.get(Number(g.id)) ?? [],
    resolution: g.resolution_kind
      ? { kind: g.resolution_kind, slug: g.resolution_slug, phrasing: g.resolution_phrasing ?? null, resolvedBy: g.resolved_by ?? null, resolvedAt: g.resolved_at ? iso(g.resolved_at) : null }
      : null,
  }));
}

/** Asks per month of one group, over its whole history. */
export async function groupTrend(knex: Knex, id: number): Promise<Array<{ month: string; count: number }>> {
  const rows = await knex(TABLES.groupDaily).select(knex.raw('substr(day, 1, 7) as month')).sum({ n: 'count' }).where('group_id', id).groupByRaw('substr(day, 1, 7)').orderBy('month');
  return (rows as Array<{ month: string; n: unknown }>).map((r) => ({ month: r.month, count: Number(r.n) }));
}
