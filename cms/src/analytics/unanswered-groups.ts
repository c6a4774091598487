import type { Knex } from 'knex';
import { addGroupCounts } from './add-group-counts';
import { TABLES } from './analytics-tables';
import { QuestionClusters } from './question-clusters';
import { rollExamples, type GroupExample } from './roll-examples';

export interface UnansweredAsk {
  locale: string;
  audience: string | null;
  channel: string | null;
  /** Redacted question as typed. */
  question: string;
  /** Sorted analyzer terms joined by spaces (redacted). */
  key: string;
  askedAt: number;
  day: string;
}

/** Example texts kept per group (the most frequent and most recent forms, see roll-examples.ts). */
export const MAX_EXAMPLES = 10;

/**
 * Groups unanswered questions: variants of one question (inflection, case,
 * word order, greetings are folded into the same key; typos, compounds and
 * rewordings are matched by QuestionClusters) count as one group. Keys seen
 * once are remembered, so the fuzzy comparison runs once per new variant.
 */
export class UnansweredGroups {
  private keys: Map<string, number> | null = null;
  private clusters = new QuestionClusters();

  /**
   * Forgets the cache (after a rolled-back transaction, or when keys were rewritten).
   * Examples are not cached: every ask bumps its example, so add() reads a
   * group's examples in its transaction, after locking the group's row.
   */
  reset(): void {
    this.keys = null;
    this.clusters = new QuestionClusters();
  }

  private async load(trx: Knex.Transaction): Promise<Map<string, number>> {
    if (this.keys) return this.keys;
    const keys = new Map<string, number>();
    for (const r of await trx(TABLES.groupKeys).select('locale', 'key', 'group_id').orderBy('group_id')) {
      keys.set(`${r.locale}|${r.key}`, Number(r.group_id));
      this.clusters.add(r.locale, Number(r.group_id), r.key);
    }
    this.keys = keys;
    return keys;
  }

  /** Adds the asks to their groups (creating groups as needed) inside the caller's transaction. */
  async add(trx: Knex.Transaction, asks: UnansweredAsk[]): Promise<void> {
    if (asks.length === 0) return;
    // What this call caches (new groups, keys) exists only if the transaction commits.
    trx.executionPromise?.catch(() => this.reset());
    const keys = await this.load(trx);
    const perGroup = new Map<number, { count: number; first: number; last: number }>();
    const daily = new Map<string, number>();
    const asked = new Map<number, Map<string, GroupExample>>();
    for (const ask of asks) {
      const key = (ask.key || ask.question.toLowerCase()).slice(0, 500);
      const id = await this.groupFor(trx, keys, ask, key);
      const g = perGroup.get(id) ?? { count: 0, first: ask.askedAt, last: ask.askedAt };
      g.count += 1; g.first = Math.min(g.first, ask.askedAt); g.last = Math.max(g.last, ask.askedAt);
      perGroup.set(id, g);
      const dk = [id, ask.day, ask.locale, ask.audience ?? '', ask.channel ?? ''].join('\u0001');
      daily.set(dk, (daily.get(dk) ?? 0) + 1);
      const texts = asked.get(id) ?? new Map<string, GroupExample>();
      const text = ask.question.slice(0, 500);
      const e = texts.get(text) ?? { text, count: 0, lastAsked: ask.askedAt };
      e.count += 1; e.lastAsked = Math.max(e.lastAsked, ask.askedAt);
      asked.set(id, texts.set(text, e));
    }
    const now = Date.now();
    for (const [id, g] of [...perGroup].sort((x, y) => x[0] - y[0])) {
      await trx(TABLES.groups).where({ id }).update({
        total_count: trx.raw('total_count + ?', [g.count]),
        first_seen: trx.raw('CASE WHEN first_seen < ? THEN first_seen ELSE ? END', [g.first, g.first]),
        last_seen: trx.raw('CASE WHEN last_seen > ? THEN last_seen ELSE ? END', [g.last, g.last]),
        updated_at: now,
      });
      // After the update: on PostgreSQL the group's row is locked, so no other server rolls its examples meanwhile.
      await this.rollGroupExamples(trx, id, [...asked.get(id)!.values()]);
    }
    const rows = [...daily].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, count]) => {
      const [group_id, day, locale, audience, channel] = k.split('\u0001');
      return { group_id: Number(group_id), day, locale, audience, channel, count };
    });
    const monthly = new Map<string, { group_id: number; month: string; locale: string; audience: string; channel: string; count: number }>();
    for (const r of rows) {
      const key = [r.group_id, r.day.slice(0, 7), r.locale, r.audience, r.channel].join('\u0001');
      const m = monthly.get(key) ?? { group_id: r.group_id, month: r.day.slice(0, 7), locale: r.locale, audience: r.audience, channel: r.channel, count: 0 };
      m.count += r.count;
      monthly.set(key, m);
    }
    const monthRows = [...monthly].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([, m]) => m);
    await addGroupCounts(trx, TABLES.groupDaily, 'day', rows);
    await addGroupCounts(trx, TABLES.groupMonthly, 'month', monthRows);
  }

  private async rollGroupExamples(trx: Knex.Transaction, id: number, asked: GroupExample[]): Promise<void> {
    const stored = (await trx(TABLES.groupExamples).where('group_id', id).select('text', 'count', 'asked_at'))
      .map((r): GroupExample => ({ text: r.text, count: Number(r.count), lastAsked: Number(r.asked_at) }));
    const { changed, added, removed } = rollExamples(stored, asked, MAX_EXAMPLES);
    if (removed.length) await trx(TABLES.groupExamples).where('group_id', id).whereIn('text', removed).delete();
    for (const e of changed) {
      await trx(TABLES.groupExamples).where({ group_id: id, text: e.text })
        .update({ count: e.count, asked_at: e.lastAsked });
    }
    if (added.length) {
      const rows = added.map((e) => ({ group_id: id, text: e.text, count: e.count, asked_at: e.lastAsked }));
      await trx(TABLES.groupExamples).insert(rows);
    }
  }

  private async groupFor(trx: Knex.Transaction, keys: Map<string, number>, ask: UnansweredAsk, key: string): Promise<number> {
    const cacheKey = `${ask.locale}|${key}`;
    const known = keys.get(cacheKey);
    if (known !== undefined) return known;
    const similar = this.clusters.find(ask.locale, key);
    let id: number;
    if (similar !== null) {
      id = similar;
    } else {
      const [row] = await trx(TABLES.groups).insert({
        locale: ask.locale, label: ask.question.slice(0, 500), status: 'new', total_count: 0,
        first_seen: ask.askedAt, last_seen: ask.askedAt, updated_at: Date.now(),
      }).returning('id');
      id = Number(typeof row === 'object' ? row.id : row);
    }
    const added = await trx(TABLES.groupKeys).insert({ locale: ask.locale, key, group_id: id }).onConflict(['locale', 'key']).ignore().returning('group_id');
    if (added.length === 0) {
      // Another server created this key meanwhile: use its group.
      const other = await trx(TABLES.groupKeys).where({ locale: ask.locale, key }).first('group_id');
      if (similar === null) await trx(TABLES.groups).where({ id }).delete();
      id = Number(other.group_id);
    }
    this.clusters.add(ask.locale, id, key);
    keys.set(cacheKey, id);
    return id;
  }
}
