import type { DocumentFeatures, SearchDocument } from '@botkb/search';

/**
 * Share of a sample of indexed documents whose texts differ from those the runtime counted from the
 * database, above which the index is rebuilt: a changed analyzer (an upgrade) changes most documents'
 * analyzed texts, while changes still queued for the sync worker at start-up touch a few.
 */
export const STALE_SHARE = 0.2;

/**
 * Whether a sample of an index's documents was written otherwise than the database's content is analyzed
 * now: any document without the fingerprint of its texts (`fp`, written by an older version), or more than
 * STALE_SHARE whose fingerprint is not the one counted for their id.
 */
export function staleIndexSample(
  sample: Array<Partial<Pick<SearchDocument, 'id' | 'fp'>>>,
  features: DocumentFeatures,
) {
  if (sample.some((d) => d.fp === undefined)) return true;
  const stale = sample.filter((d) => d.id === undefined || d.fp === undefined || !features.keptFor(d.id, d.fp));
  return stale.length > sample.length * STALE_SHARE;
}
