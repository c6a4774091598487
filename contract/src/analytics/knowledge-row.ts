import { z } from 'zod';
import { CONTENT_LOCALES, ENTRY_KINDS } from './shared-enums';
import { MAX_SEARCH_LENGTH } from './report-query';

/** The query of GET /knowledge (autocomplete over published content). */
export const knowledgeQuerySchema = z.object({
  q: z
    .string({ error: `must be at most ${MAX_SEARCH_LENGTH} characters` })
    .max(MAX_SEARCH_LENGTH, { error: `must be at most ${MAX_SEARCH_LENGTH} characters` })
    .optional(),
  kind: z.enum(ENTRY_KINDS, { error: 'must be answer or path' }).optional(),
  locale: z.enum(CONTENT_LOCALES, { error: 'must be "fi" or "sv"' }).optional(),
});
export type KnowledgeQuery = z.infer<typeof knowledgeQuerySchema>;

/** A row of GET /knowledge. */
export const knowledgeRowSchema = z.object({
  id: z.string().meta({ description: 'kind:slug' }),
  kind: z.enum(ENTRY_KINDS),
  slug: z.string(),
  title: z.string(),
  locale: z.enum(CONTENT_LOCALES),
  locales: z.array(z.string()).meta({ description: 'the locales the entry is published in' }),
  adminUrl: z.string(),
});
export type KnowledgeRow = z.infer<typeof knowledgeRowSchema>;
