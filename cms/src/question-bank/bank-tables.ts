/**
 * The question bank's tables (migration 005), outside Strapi's content types:
 * bank questions are test data about the content, not content (no drafts, no
 * localizations, not for bots), and runs are append-only machine records.
 *
 * A run's stored format (read by other tools, e.g. content health):
 * - `botkb_bank_runs`: one row per run — `content` (published | drafts), `trigger`
 *   (publish | manual | startup), `status` (queued | running | done | failed), `questions`
 *   and `done` (progress), `started_at`/`finished_at` (epoch ms), `totals` (JSON, per
 *   locale: see LocaleTotals in score-bank-run.ts), `error`, `instance` (who queued it) and
 *   `heartbeat_at` (epoch ms by the database's clock, renewed by that instance while the run is open; migration 017).
 * - `botkb_bank_results`: one row per run and question — the question as it was run
 *   (`locale`, `question`, `expected`: slugs separated by spaces, empty = should not be
 *   answered), `answered`, `answer_kind`/`answer_slug`, `top_slugs` (space-separated, best
 *   first), `score`, `passed`.
 */
export const BANK_TABLES = {
  questions: 'botkb_bank_questions',
  runs: 'botkb_bank_runs',
  results: 'botkb_bank_results',
} as const;

export {
  RUN_TRIGGERS,
  RUN_STATUSES,
  QUESTION_SOURCES,
  MAX_BANK_QUESTION_LENGTH,
  MAX_EXPECTED,
  type RunTrigger,
  type RunStatus,
  type QuestionSource,
} from '@botkb/contract';
