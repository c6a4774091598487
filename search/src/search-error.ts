/**
 * `task_failed`: Meilisearch refused one task's content (a bad document, a bad
 * setting); every other code means search itself is unavailable.
 */
export type SearchErrorCode = 'binary_missing' | 'start_failed' | 'not_healthy' | 'unreachable' | 'task_failed';

/** The one error type of the search package; `code` is stable, `name` is "SearchError". */
export class SearchError extends Error {
  override readonly name = 'SearchError';
  constructor(
    readonly code: SearchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
