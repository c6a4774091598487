import type { Knex } from 'knex';
import { isSearchLocale } from '@botkb/search';
import { questionKey } from '../../src/analytics/question-key';
import { regroupUnansweredQuestions } from '../../src/analytics/regroup-unanswered-questions';

/**
 * Migration 22 (issue 15): Swedish keys lose the definite "-an" ("skolan" as "skola") and the words that only
 * carry the question ("tar", "gått", "nytt": "var får jag nytt pass" is "pass"), and a compound whose last part
 * is another's first part is related to it ("förhandsröstning", "röstningsställe"; term-similarity.ts). As in
 * migrations 13, 15, 19 and 21 each stored group is re-grouped by its examples' keys under today's rule: merged,
 * never split, keeping status, resolution, counts and examples. Groups whose examples expired keep their keys.
 */
export async function up(knex: Knex, db: { logger: { info(message: string): void } }): Promise<void> {
  const keyOf = (locale: string, text: string) => (isSearchLocale(locale) ? questionKey({ locale }, text) : '');
  const result = await regroupUnansweredQuestions(knex, { keyOf });
  db.logger.info(`unanswered questions re-grouped (Swedish words and compounds): ${JSON.stringify(result)}`);
}
