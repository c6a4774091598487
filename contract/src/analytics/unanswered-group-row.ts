import { z } from 'zod';
import { CONTENT_LOCALES, ENTRY_KINDS } from './shared-enums';
import { GROUP_STATUSES } from './analytics-enums';
import { countSchema, monthSchema } from './report-meta';

/** Most examples a group keeps (and a detail shows; a list row shows 3). */
export const MAX_GROUP_EXAMPLES = 10;

/** The content an unanswered-question group was resolved with. */
export const groupResolutionSchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  slug: z.string(),
  phrasing: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable().meta({ format: 'date-time' }),
});

/** A group as the server reads it (before the resolution is linked to the admin panel). */
export const unansweredGroupSchema = z.object({
  id: z.string(),
  label: z.string().nullable().meta({ description: 'the most useful kept example; null when all expired' }),
  examplesExpired: z.boolean(),
  retentionDays: z.number().int().nullable().meta({ description: 'ANALYTICS_RETENTION_DAYS' }),
  status: z.enum(GROUP_STATUSES),
  count: countSchema.meta({ description: 'asks in the range and filters' }),
  totalCount: countSchema,
  firstSeen: z.string().meta({ format: 'date-time' }),
  lastSeen: z.string().meta({ format: 'date-time' }),
  locales: z.array(z.enum(CONTENT_LOCALES)),
  examples: z.array(z.string()).max(MAX_GROUP_EXAMPLES),
  resolution: groupResolutionSchema.nullable(),
});
export type UnansweredGroup = z.infer<typeof unansweredGroupSchema>;

/**
 * The resolution with the linked content's title and admin-panel URL: of its published version, else of its
 * unpublished draft (`draft`; an answer made from the group), null when neither exists.
 */
export const linkedResolutionSchema = groupResolutionSchema.extend({
  title: z.string(),
  adminUrl: z.string().nullable(),
  draft: z.boolean().meta({
    description: 'the content has no published version yet (the bot does not answer with it): adminUrl opens the draft',
  }),
});
export type LinkedResolution = z.infer<typeof linkedResolutionSchema>;

/** A row of GET /unanswered. */
export const unansweredRowSchema = unansweredGroupSchema.extend({ resolution: linkedResolutionSchema.nullable() });
export type UnansweredRow = z.infer<typeof unansweredRowSchema>;

/** Asks of a group in one month. */
export const trendPointSchema = z.object({ month: monthSchema, count: countSchema });
export type TrendPoint = z.infer<typeof trendPointSchema>;

/**
 * GET /unanswered/:id (and what the triage writes answer): the row with ≤10 examples, its count and monthly trend
 * in `period`, and the conversations behind its automatic merges.
 */
export const unansweredDetailSchema = unansweredRowSchema.extend({
  period: z
    .object({ from: z.string().meta({ format: 'date' }), to: z.string().meta({ format: 'date' }) })
    .meta({ description: "the days `count` and `trend` cover: the list's default period unless from/to are given" }),
  trend: z.array(trendPointSchema).meta({ description: "every month of the period, 0 when the group wasn't asked" }),
  rephraseConversations: countSchema.meta({
    description:
      "conversations in which residents reworded a merged group's question as this one's; above 0 the group " +
      'was merged automatically on them (rephrase-links.ts)',
  }),
});
export type UnansweredDetail = z.infer<typeof unansweredDetailSchema>;
