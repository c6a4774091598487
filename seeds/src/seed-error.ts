export type SeedErrorCode = 'content_unreadable' | 'missing_reference' | 'strapi_failed' | 'record_failed';

/** The one error type of the seeds package; `code` is stable, `name` is "SeedError". */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly code: SeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
