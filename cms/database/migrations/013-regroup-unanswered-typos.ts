import type { Knex } from 'knex';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 13: the grouping now forgives one typo in a short word when every
 * other word of a group's question is the same (QuestionClusters.typoOfForm:
 * "wfi terveysasemalla", "mistä saan ppassin"). Groups stored by the earlier
 * rule are re-grouped by today's, as in migration 9: merged, never split,
 * keeping the experts' decisions, counts, trends and examples.
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const result = await regroupUnansweredQuestions(knex);
  db.logger.info(`unanswered questions re-grouped (typos of short words): ${JSON.stringify(result)}`);
}
