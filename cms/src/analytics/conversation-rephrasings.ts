import type { Knex } from 'knex';
import type { AskTable } from '../bot/ask-recorder';
import { TABLES } from './analytics-tables';
import { rephraseLinks, type ConversationAsk, type RephrasePair } from './rephrase-links';
import { groupingKey } from './unanswered-groups';

/** A pair of groups an ask (its ask-record row id) is its conversation's first evidence of. */
export interface AskRephrasing extends RephrasePair {
  askId: number;
  askedAt: number;
}

interface SessionAsk extends ConversationAsk {
  id: number;
  session: string;
  key: string | null;
}

const CHUNK = 200;

/**
 * The rephrasings (rephrase-links.ts) in the recorded conversations of
 * `sessions` (hashed session ids), asks from `since` on: each unanswered
 * ask's group is the one its grouping key is stored for (keys follow merges
 * and moves), read from the ask record inside the caller's transaction.
 * Test traffic is left out.
 */
export async function conversationRephrasings(
  trx: Knex,
  opts: { asks: AskTable; sessions: readonly string[]; since?: Date },
): Promise<AskRephrasing[]> {
  const { table, col } = opts.asks;
  const asks: SessionAsk[] = [];
  for (let i = 0; i < opts.sessions.length; i += CHUNK) {
    const q = trx(table)
      .select({ id: 'id', session: col('sessionId'), askedAt: col('askedAt'), locale: col('locale') })
      .select({ answered: col('answered'), normalized: col('normalized'), question: col('question') })
      .whereIn(col('sessionId'), opts.sessions.slice(i, i + CHUNK))
      .where((w) => w.where(col('test'), false).orWhereNull(col('test')));
    if (opts.since) q.where(col('askedAt'), '>=', opts.since);
    for (const r of (await q) as Array<Record<string, any>>) {
      const answered = Boolean(r.answered);
      const question = String(r.question ?? '');
      const key = answered ? null : groupingKey(String(r.normalized ?? ''), question);
      const askedAt = new Date(r.askedAt).getTime();
      const locale = String(r.locale);
      asks.push({ id: Number(r.id), session: String(r.session), askedAt, locale, answered, key, group: null });
    }
  }
  await assignGroups(trx, asks);
  asks.sort((x, y) => (x.session < y.session ? -1 : x.session > y.session ? 1 : x.askedAt - y.askedAt || x.id - y.id));
  const found: AskRephrasing[] = [];
  for (let start = 0; start < asks.length;) {
    let end = start;
    while (end < asks.length && asks[end].session === asks[start].session) end += 1;
    const conversation = asks.slice(start, end);
    rephraseLinks.pairsOf(conversation).forEach((pair, i) => {
      if (pair) found.push({ ...pair, askId: conversation[i].id, askedAt: conversation[i].askedAt });
    });
    start = end;
  }
  return found;
}

/** Each unanswered ask's group: the one its grouping key is stored for (none when the key is unknown). */
async function assignGroups(trx: Knex, asks: SessionAsk[]): Promise<void> {
  const unanswered = asks.filter((a) => a.key !== null);
  const keys = [...new Set(unanswered.map((a) => a.key!))];
  const groupOf = new Map<string, number>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await trx(TABLES.groupKeys)
      .whereIn('key', keys.slice(i, i + CHUNK))
      .select('locale', 'key', 'group_id');
    for (const r of rows) groupOf.set(`${r.locale}|${r.key}`, Number(r.group_id));
  }
  for (const a of unanswered) a.group = groupOf.get(`${a.locale}|${a.key}`) ?? null;
}
