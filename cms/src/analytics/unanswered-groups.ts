import { MAX_GROUP_EXAMPLES } from '@botkb/contract';
import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';
import { QuestionClusters } from './question-clusters';
import type { GroupExample } from './roll-examples';
import { GroupAliases } from './group-aliases';
import { addGroupCounts, type GroupCountRow } from './add-group-counts';
import { rollGroupExamples } from './roll-group-examples';
import { createGroup } from './create-group';

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
export const MAX_EXAMPLES = MAX_GROUP_EXAMPLES;

/** The key a question is grouped by: its analyzer key, or the lower-cased text when it has no terms. */
export function groupingKey(key: string, question: string): string {
  return (key || question.toLowerCase()).slice(0, 500);
}

/** Thrown when a cached group no longer exists (merged on another server): the rollup retries with fresh caches. */
export class StaleGroupError extends Error {
  override readonly name = 'StaleGroupError';
}

/**
 * Groups unanswered questions: variants of one question (inflection, case,
 * word order, greetings are folded into the same key; typos, compounds and
 * rewordings are matched by QuestionClusters) count as one group. Keys seen
 * once are remembered, so the fuzzy comparison runs once per new variant.
 */
export class UnansweredGroups {
  private keys: Map<string, number> | null = null;
  private clusters = new QuestionClusters();
  private readonly aliases = new GroupAliases();

  /**
   * Forgets the cache (after a rolled-back transaction, or when keys were rewritten).
   * Examples are not cached: every ask bumps its example, so add() reads a
   * group's examples in its transaction, after locking the group's row.
   */
  reset(): void {
    this.keys = null;
    this.clusters = new QuestionClusters();
    this.aliases.reset();
  }

  private async load(trx: Knex.Transaction): Promise<Map<string, number>> {
    if (this.keys) return this.keys;
    await this.aliases.load(trx);
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
      const key = groupingKey(ask.key, ask.question);
      const id = await this.groupFor(trx, keys, ask, key);
      const g = perGroup.get(id) ?? { count: 0, first: ask.askedAt, last: ask.askedAt };
      g.count += 1;
      g.first = Math.min(g.first, ask.askedAt);
      g.last = Math.max(g.last, ask.askedAt);
      perGroup.set(id, g);
      const dk = [id, ask.day, ask.locale, ask.audience ?? '', ask.channel ?? ''].join('\u0001');
      daily.set(dk, (daily.get(dk) ?? 0) + 1);
      const texts = asked.get(id) ?? new Map<string, GroupExample>();
      const text = ask.question.slice(0, 500);
      const e = texts.get(text) ?? { text, count: 0, lastAsked: ask.askedAt };
      e.count += 1;
      e.lastAsked = Math.max(e.lastAsked, ask.askedAt);
      asked.set(id, texts.set(text, e));
    }
    const now = Date.now();
    for (const [id, g] of [...perGroup].sort((x, y) => x[0] - y[0])) {
      const updated = await trx(TABLES.groups)
        .where({ id })
        .update({
          total_count: trx.raw('total_count + ?', [g.count]),
          first_seen: trx.raw('CASE WHEN first_seen < ? THEN first_seen ELSE ? END', [g.first, g.first]),
          last_seen: trx.raw('CASE WHEN last_seen > ? THEN last_seen ELSE ? END', [g.last, g.last]),
          updated_at: now,
        });
      if (updated === 0) throw new StaleGroupError(`unanswered-question group ${id} was merged meanwhile`);
      // After the update: on PostgreSQL the group's row is locked, so no other server rolls its examples meanwhile.
      await rollGroupExamples(trx, id, [...asked.get(id)!.values()], MAX_EXAMPLES);
    }
    const rows: GroupCountRow[] = [...daily].map(([k, count]) => {
      const [group_id, bucket, locale, audience, channel] = k.split('\u0001');
      return { group_id: Number(group_id), bucket, locale, audience, channel, count };
    });
    const monthly = new Map<string, GroupCountRow>();
    for (const r of rows) {
      const key = [r.group_id, r.bucket.slice(0, 7), r.locale, r.audience, r.channel].join('\u0001');
      const m = monthly.get(key) ?? { ...r, bucket: r.bucket.slice(0, 7), count: 0 };
      m.count += r.count;
      monthly.set(key, m);
    }
    await addGroupCounts(trx, TABLES.groupDaily, rows);
    await addGroupCounts(trx, TABLES.groupMonthly, [...monthly.values()]);
  }

  private async groupFor(
    trx: Knex.Transaction,
    keys: Map<string, number>,
    ask: UnansweredAsk,
    key: string,
  ): Promise<number> {
    const taught = this.aliases.groupOf(ask.locale, key);
    if (taught !== undefined) return taught;
    const cacheKey = `${ask.locale}|${key}`;
    const known = keys.get(cacheKey);
    if (known !== undefined) return known;
    const similar = this.clusters.find(ask.locale, key);
    let id: number;
    if (similar !== null) {
      id = similar;
    } else {
      id = await createGroup(trx, {
        locale: ask.locale,
        label: ask.question,
        firstSeen: ask.askedAt,
        lastSeen: ask.askedAt,
      });
    }
    const added = await trx(TABLES.groupKeys)
      .insert({ locale: ask.locale, key, group_id: id })
      .onConflict(['locale', 'key'])
      .ignore()
      .returning('group_id');
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
