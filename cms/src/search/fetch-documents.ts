import type { Meilisearch } from 'meilisearch';
import { searchDocumentId, type EntryKind } from '@botkb/search';

/** A search document as found by its kind and documentId. */
export interface DocumentRef {
  kind: EntryKind;
  documentId: string;
}

/**
 * Some attributes of an index's documents, by search document id, in one search request (the
 * bot's key may only search): documents no longer in the index are missing from the map.
 */
export async function fetchDocuments<T extends object>(
  searcher: Meilisearch,
  indexUid: string,
  refs: DocumentRef[],
  attributes: string[],
): Promise<Map<string, T>> {
  const documentIds = [...new Set(refs.map((r) => r.documentId))];
  const { hits } = await searcher.index(indexUid).search('', {
    filter: [`documentId IN [${documentIds.map((id) => JSON.stringify(id)).join(', ')}]`],
    // An answer and a path may share a documentId: both kinds can come back.
    limit: documentIds.length * 2,
    attributesToRetrieve: ['kind', 'documentId', ...attributes],
  });
  const wanted = new Set(refs.map((r) => searchDocumentId(r.kind, r.documentId)));
  const found = new Map<string, T>();
  for (const hit of hits as Array<T & DocumentRef>) {
    const id = searchDocumentId(hit.kind, hit.documentId);
    if (wanted.has(id)) found.set(id, hit);
  }
  return found;
}
