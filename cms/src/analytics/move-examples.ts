import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { failValidation } from '../validation-failure';
import { isPostgres } from '../db/database-client';
import type { AskTable } from '../bot/ask-recorder';
import { TABLES } from './analytics-tables';
import { GroupAliases } from './group-aliases';
import { addGroupCounts, type GroupCountRow } from './add-group-counts';
import { rollGroupExamples } from './roll-group-examples';
import { helsinkiDay } from './helsinki-day';
import { createGroup } from './create-group';
import { MAX_EXAMPLES } from './unanswered-groups';
import { keepGroupsApart } from './keep-groups-apart';

export interface MoveExamples {
  from: number;
  texts: readonly string[];
  /** An existing group of the same language, or null for a new group. */
  into: number | null;
  by: string;
  /** The grouping key of an example text (what later asks of it are grouped by). */
  keyOf(text: string): string;
  asks: AskTable;
}

/** Asks of the texts in the ask record that went unanswered, counted per day, audience and channel. */
async function countAsks(trx: Knex.Transaction, m: MoveExamples, locale: string): Promise<GroupCountRow[]> {
  const { table, col } = m.asks;
  const rows = await trx(table)
    .select(col('askedAt'), col('audience'), col('channel'))
    .whereIn(col('question'), [...m.texts])
    .where(col('locale'), locale)
    .where(col('answered'), false)
    .where(col('rolledUp'), true);
  const counts = new Map<string, GroupCountRow>();
  for (const r of rows) {
    const day = helsinkiDay(new Date(r[col('askedAt')]).getTime());
    const row = {
      group_id: m.from,
      bucket: day,
      locale,
      audience: r[col('audience')] ?? '',
      channel: r[col('channel')] ?? '',
    };
    const key = [row.bucket, row.audience, row.channel].join('\u0001');
    counts.set(key, { ...row, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Takes counts away from group `id`'s daily or monthly rows (rows left at zero are deleted). */
async function subtractCounts(
  trx: Knex.Transaction,
  table: string,
  bucket: string,
  id: number,
  rows: readonly GroupCountRow[],
) {
  for (const r of rows) {
    await trx(table)
      .where({ group_id: id, [bucket]: r.bucket, locale: r.locale, audience: r.audience, channel: r.channel })
      .update({ count: trx.raw('count - ?', [r.count]) });
  }
  await trx(table).where('group_id', id).where('count', '<=', 0).delete();
}

/**
 * Moves example texts out of group `from` into another group of its language
 * or a new one, in the caller's transaction: the examples, their asks still in
 * the ask record (per day and month) and, from then on, every ask with the
 * same grouping key (group-aliases.ts); residents' rewordings never merge the
 * two groups automatically again (keep-groups-apart.ts). Returns the group moved into.
 */
export async function moveExamples(trx: Knex.Transaction, m: MoveExamples): Promise<number> {
  const q = trx(TABLES.groups)
    .whereIn('id', m.into === null ? [m.from] : [m.from, m.into])
    .select('*')
    .orderBy('id');
  if (isPostgres(trx)) q.forUpdate();
  const rows = new Map((await q).map((r) => [Number(r.id), r]));
  const source = rows.get(m.from);
  if (!source) throw new errors.NotFoundError(`unanswered-question group ${m.from} not found`);
  if (m.into === m.from) failValidation(['into'], 'must be another group than the one the examples are in');
  if (m.into !== null && !rows.has(m.into)) failValidation(['into'], `no unanswered-question group ${m.into}`);
  if (m.into !== null && rows.get(m.into)!.locale !== source.locale)
    failValidation(['into'], 'must be a group of the same language');
  const stored = await trx(TABLES.groupExamples)
    .where('group_id', m.from)
    .whereIn('text', [...m.texts])
    .select('*');
  const found = new Set(stored.map((e) => String(e.text)));
  m.texts.forEach((text, i) => {
    if (!found.has(text)) failValidation(['texts', i], `is not an example of group ${m.from}`);
  });
  const moved = stored.map((e) => ({ text: String(e.text), count: Number(e.count), lastAsked: Number(e.asked_at) }));
  const first = Math.min(...moved.map((e) => e.lastAsked));
  const last = Math.max(...moved.map((e) => e.lastAsked));
  const into =
    m.into ??
    (await createGroup(trx, { locale: source.locale, label: moved[0].text, firstSeen: first, lastSeen: last }));
  const daily = await countAsks(trx, m, source.locale);
  const monthly = new Map<string, GroupCountRow>();
  for (const r of daily) {
    const key = [r.bucket.slice(0, 7), r.audience, r.channel].join('\u0001');
    monthly.set(key, { ...r, bucket: r.bucket.slice(0, 7), count: (monthly.get(key)?.count ?? 0) + r.count });
  }
  const n = daily.reduce((s, r) => s + r.count, 0);
  for (const [table, bucket, list] of [
    [TABLES.groupDaily, 'day', daily],
    [TABLES.groupMonthly, 'month', [...monthly.values()]],
  ] as const) {
    await subtractCounts(trx, table, bucket, m.from, list);
    await addGroupCounts(
      trx,
      table,
      list.map((r) => ({ ...r, group_id: into })),
    );
  }
  await trx(TABLES.groups)
    .where('id', m.from)
    .update({ total_count: trx.raw('total_count - ?', [n]), updated_at: Date.now() });
  await trx(TABLES.groups)
    .where('id', into)
    .update({
      total_count: trx.raw('total_count + ?', [n]),
      first_seen: trx.raw('CASE WHEN first_seen < ? THEN first_seen ELSE ? END', [first, first]),
      last_seen: trx.raw('CASE WHEN last_seen > ? THEN last_seen ELSE ? END', [last, last]),
      updated_at: Date.now(),
    });
  await trx(TABLES.groupExamples)
    .where('group_id', m.from)
    .whereIn('text', [...m.texts])
    .delete();
  await rollGroupExamples(trx, into, moved, MAX_EXAMPLES);
  await GroupAliases.save(trx, {
    locale: source.locale,
    keys: moved.map((e) => m.keyOf(e.text)),
    groupId: into,
    by: m.by,
  });
  await keepGroupsApart(trx, { locale: source.locale, a: m.from, b: into });
  return into;
}
