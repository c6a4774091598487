export type SearchErrorCode = 'binary_missing' | 'start_failed' | 'not_healthy' | 'unreachable';

/** The one error type of the search package; `code` is stable, `name` is "SearchError". */
export class SearchError extends Error {
  override readonly name = 'SearchError';
  constructor(readonly code: SearchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
