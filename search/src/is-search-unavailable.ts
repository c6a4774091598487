import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import { SearchError } from './search-error';

/** HTTP statuses that say nothing about the request's content: auth, throttling, server trouble. */
const UNAVAILABLE_STATUS = new Set([401, 403, 408, 429]);

/** Meilisearch task error types that are the server's trouble, not the content's (disk full, crash). */
const UNAVAILABLE_TASK_ERRORS = new Set(['internal', 'system']);

/**
 * Whether `error` means Meilisearch is unreachable, timing out, overloaded or
 * refusing our key — an outage to wait out — rather than refusing this
 * particular request's content (which retrying the same content will not fix).
 */
export function isSearchUnavailable(error: unknown): boolean {
  if (error instanceof SearchError) {
    return error.code !== 'task_failed' || UNAVAILABLE_TASK_ERRORS.has(String(error.cause));
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    return status >= 500 || UNAVAILABLE_STATUS.has(status);
  }
  return (
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchRequestTimeOutError ||
    error instanceof MeilisearchTaskTimeOutError
  );
}
