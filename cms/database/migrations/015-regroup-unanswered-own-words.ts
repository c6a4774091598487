import type { Knex } from 'knex';
import { isSearchLocale } from '@botkb/search';
import { questionKey } from '../../src/analytics/question-key';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 15: the grouping key no longer reads the search vocabulary (its
 * stop words, the knowledge base's compound splits): only the grouping's own
 * word list (question-key.ts). Each stored group is re-grouped by its
 * examples' keys under today's rule and keeps them, so asks of a stored text
 * still find their group; as in migrations 9 and 13 groups are merged, never
 * split, keeping status, resolution, counts and examples, and a group that
 * content experts taught (merged into or moved to) is never merged away.
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const keyOf = (locale: string, text: string) => (isSearchLocale(locale) ? questionKey({ locale }, text) : '');
  const result = await regroupUnansweredQuestions(knex, { keyOf });
  db.logger.info(`unanswered questions re-grouped (the grouping's own word list): ${JSON.stringify(result)}`);
}
