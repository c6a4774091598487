import type { Knex } from 'knex';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 9: unanswered-question groups made by the earlier grouping rule
 * are re-grouped by today's (regroup-unanswered-questions.ts): variants the
 * old rule kept apart are merged, keeping the experts' decisions
 * (merged-status.ts), counts, trends and examples.
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const result = await regroupUnansweredQuestions(knex);
  db.logger.info(`unanswered questions re-grouped: ${JSON.stringify(result)}`);
}
