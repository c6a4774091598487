import { KNOWLEDGE_CONTENTS, type KnowledgeContent } from '@botkb/contract';
import { failValidation } from '../validation-failure';

/**
 * Which version of the knowledge base a search index holds: what bots see
 * (`published`), or every document's latest draft (`drafts`, for staff trying
 * "what would the bot say if I published my drafts"). A draft index is never
 * searched by the bot API.
 */
export { KNOWLEDGE_CONTENTS, type KnowledgeContent };

export const isKnowledgeContent = (value: unknown): value is KnowledgeContent =>
  (KNOWLEDGE_CONTENTS as readonly unknown[]).includes(value);

/** The Document Service status a content's index is built from. */
export type DocumentStatus = 'published' | 'draft';
export const DOCUMENT_STATUS: Record<KnowledgeContent, DocumentStatus> = { published: 'published', drafts: 'draft' };

/** Draft indexes start with `drafts-`, outside the bot's search key pattern (`<prefix>*`). */
export function contentIndexPrefix(prefix: string, content: KnowledgeContent): string {
  return content === 'published' ? prefix : `drafts-${prefix}`;
}

/** A request's `content` field (default published); anything else is a 400 naming `path`. */
export function parseKnowledgeContent(value: unknown, path: string[] = ['content']): KnowledgeContent {
  if (value === undefined) return 'published';
  if (!isKnowledgeContent(value))
    failValidation(path, `must be ${KNOWLEDGE_CONTENTS.map((c) => `"${c}"`).join(' or ')}`);
  return value;
}
