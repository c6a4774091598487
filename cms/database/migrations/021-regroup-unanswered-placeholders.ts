import type { Knex } from 'knex';
import { isSearchLocale } from '@botkb/search';
import { questionKey } from '../../src/analytics/question-key';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 21: a redaction placeholder ("[PUHELIN]") is no longer read as a word of the question
 * (question-key.ts). As in migrations 13, 15 and 19 each stored group is re-grouped by its examples' keys
 * under today's rule: merged, never split, keeping status, resolution, counts and examples. Groups whose
 * examples expired keep their stored keys (a "puhelin" in them may have been a placeholder).
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const keyOf = (locale: string, text: string) => (isSearchLocale(locale) ? questionKey({ locale }, text) : '');
  const result = await regroupUnansweredQuestions(knex, { keyOf });
  db.logger.info(`unanswered questions re-grouped (placeholders are no words): ${JSON.stringify(result)}`);
}
