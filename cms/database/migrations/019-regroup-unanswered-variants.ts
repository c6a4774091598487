import type { Knex } from 'knex';
import { isSearchLocale } from '@botkb/search';
import { TABLES } from '../../src/analytics/analytics-tables';
import { mergeRephrasedGroups } from '../../src/analytics/merge-rephrased-groups';
import { questionKey } from '../../src/analytics/question-key';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 19 (issue 15): the grouping's own word list has more fillers
 * ("mitä teen", "få veta"), a question whose one word differs from a group's
 * question only by a typo or a stem the stemmer left longer joins it
 * (QuestionClusters.typoOfForm), and a shared compound start with different
 * heads counts for less (term-similarity.ts). As in migrations 13 and 15
 * each stored group is re-grouped by its examples' keys under today's rule:
 * merged, never split, keeping status, resolution, counts and examples, and
 * a group that content experts taught is never merged away. The rephrasing
 * evidence follows the merges (repoint-rephrases.ts); pairs whose merged
 * groups now reach the rephrasing rule's bar merge, as the rollup would.
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const keyOf = (locale: string, text: string) => (isSearchLocale(locale) ? questionKey({ locale }, text) : '');
  const result = await regroupUnansweredQuestions(knex, { keyOf });
  let rephrased = 0;
  if (await knex.schema.hasTable(TABLES.groupRephrases)) {
    const pairs = await knex(TABLES.groupRephrases)
      .where('kept_apart', 0)
      .orderBy(['group_a', 'group_b'])
      .select('locale', 'group_a', 'group_b', 'last_seen');
    // No new evidence (0 conversations each): only the merges the stored evidence calls for now.
    const evidence = pairs.map((p) => ({
      locale: String(p.locale),
      group_a: Number(p.group_a),
      group_b: Number(p.group_b),
      conversations: 0,
      last_seen: Number(p.last_seen),
    }));
    rephrased = (await mergeRephrasedGroups(knex as Knex.Transaction, evidence)).length;
  }
  db.logger.info(`unanswered questions re-grouped (variants of one word): ${JSON.stringify({ ...result, rephrased })}`);
}
