import { z } from 'zod';
import { ENTRY_KINDS } from './shared-enums';
import { GROUP_STATUSES } from './analytics-enums';
import { countSchema } from './report-meta';

/** Most merge suggestions GET /unanswered/:id/similar answers. */
export const MAX_SIMILAR_GROUPS = 5;

/** Two related words of two groups: a word of this group's questions and the suggested group's word for it. */
export const relatedWordsSchema = z.object({
  word: z.string().meta({ description: "a word of this group's questions" }),
  other: z.string().meta({ description: "the suggested group's word related to it" }),
});

/** A row of GET /unanswered/:id/similar: an open group of the same language that may be the same question. */
export const similarGroupRowSchema = z.object({
  id: z.string(),
  label: z.string().nullable().meta({ description: 'the most useful kept example; null when all expired' }),
  status: z.enum(GROUP_STATUSES),
  totalCount: countSchema,
  score: z.number().min(0).meta({ description: 'how likely the same question (best first; not a probability)' }),
  sharedWords: z.array(z.string()).meta({ description: 'words both groups have (or one typo apart)' }),
  relatedWords: z
    .array(relatedWordsSchema)
    .meta({ description: 'related words: a compound part, an inflection, a search-vocabulary synonym' }),
  sameCandidate: z
    .object({ kind: z.enum(ENTRY_KINDS), slug: z.string(), title: z.string().nullable() })
    .nullable()
    .meta({ description: "the entry the bot ranks first for both groups' labels, if the same" }),
  rephraseConversations: countSchema.meta({
    description:
      "conversations in which residents reworded one group's question as the other's (below the bar of the " +
      'automatic merge, rephrase-links.ts); groups linked more often than chance gives come first, even with no ' +
      'word in common',
  }),
});
export type SimilarGroupRow = z.infer<typeof similarGroupRowSchema>;
