import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';

/**
 * What content experts taught the grouping: a question key → the group its
 * asks join (set when groups are merged or examples moved). The grouping
 * consults it before its own rules, so the decision outlives a re-grouping.
 */
export class GroupAliases {
  private byKey: Map<string, number> | null = null;

  reset(): void {
    this.byKey = null;
  }

  /** Reads the aliases once (until reset). */
  async load(trx: Knex.Transaction | Knex): Promise<void> {
    if (this.byKey) return;
    const byKey = new Map<string, number>();
    for (const r of await trx(TABLES.groupAliases).select('locale', 'key', 'group_id')) {
      byKey.set(`${r.locale}|${r.key}`, Number(r.group_id));
    }
    this.byKey = byKey;
  }

  /** The group a content expert chose for asks with this key, if any (after load). */
  groupOf(locale: string, key: string): number | undefined {
    return this.byKey?.get(`${locale}|${key}`);
  }

  /**
   * Points question keys of `locale` at group `groupId`, in the grouping's key
   * table too, and re-points aliases to groups that are `merged` into it.
   */
  static async save(
    trx: Knex.Transaction,
    change: { locale: string; keys: readonly string[]; groupId: number; merged?: readonly number[]; by: string },
  ): Promise<void> {
    const { locale, groupId, by } = change;
    if (change.merged?.length) {
      await trx(TABLES.groupAliases).whereIn('group_id', change.merged).update({ group_id: groupId });
    }
    const keys = [...new Set(change.keys)];
    for (let i = 0; i < keys.length; i += 200) {
      const chunk = keys.slice(i, i + 200);
      const now = Date.now();
      const aliases = chunk.map((key) => ({ locale, key, group_id: groupId, created_by: by, created_at: now }));
      await trx(TABLES.groupAliases)
        .insert(aliases)
        .onConflict(['locale', 'key'])
        .merge(['group_id', 'created_by', 'created_at']);
      const grouped = chunk.map((key) => ({ locale, key, group_id: groupId }));
      await trx(TABLES.groupKeys).insert(grouped).onConflict(['locale', 'key']).merge(['group_id']);
    }
  }
}
