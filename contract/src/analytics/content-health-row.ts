import { z } from 'zod';
import { CONTENT_LOCALES, ENTRY_KINDS } from './shared-enums';
import { HEALTH_KINDS, type HealthKind } from './analytics-enums';
import { reportMetaSchema } from './report-meta';

/** How many test questions one content-health request may rank. */
export const MAX_TEST_QUESTIONS = 500;

/** An entry a content-health row names, linked to the admin panel. */
export const healthLinkSchema = z.object({
  entryKind: z.enum(ENTRY_KINDS),
  slug: z.string(),
  title: z.string(),
  adminUrl: z.string().nullable(),
});
export type HealthLink = z.infer<typeof healthLinkSchema>;

/** A question that made two entries compete. */
export const healthExampleSchema = z.object({ question: z.string(), locale: z.string(), count: z.number() });

/** A row of GET/POST /content-health (definitions: README, Content health). */
export const contentHealthRowSchema = healthLinkSchema.extend({
  id: z.string(),
  kind: z.enum(HEALTH_KINDS),
  severity: z.number().int().min(1).max(3).meta({ description: '3 high, 2 medium, 1 low' }),
  rank: z.number().meta({ description: 'sort key: severity, the kind, then how far gone' }),
  owner: z.string().nullable(),
  reviewDue: z.string().nullable().meta({ format: 'date' }),
  days: z.number().nullable().meta({ description: 'days overdue (negative: left), or days sv is behind' }),
  shown: z.number().nullable(),
  feedback: z.number().nullable(),
  helpfulRate: z.number().nullable(),
  other: healthLinkSchema.nullable().meta({ description: 'competing: the other entry' }),
  count: z.number().nullable(),
  examples: z.array(healthExampleSchema),
});
export type ContentHealthRow = z.infer<typeof contentHealthRowSchema>;

/** The limits of content health, sent in `meta.rules`. */
export const healthRulesSchema = z.object({
  reviewDueSoonDays: z.number(),
  lowHelpfulMinFeedback: z.number(),
  lowHelpfulRate: z.number(),
  competingMargin: z.number(),
  competingMinAsks: z.number(),
  competingExamples: z.number(),
});
export type HealthRules = z.infer<typeof healthRulesSchema>;

const kindCounts = Object.fromEntries(HEALTH_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<
  HealthKind,
  z.ZodNumber
>;

/** The meta of /content-health: rows per kind (of the owner filter), owners, rules, search reachable. */
export const contentHealthMetaSchema = reportMetaSchema.extend({
  counts: z.object(kindCounts).meta({ description: 'rows per kind (of the owner filter)' }),
  owners: z.array(z.string()),
  rules: healthRulesSchema,
  searchAvailable: z.boolean(),
});
export type ContentHealthMeta = z.infer<typeof contentHealthMetaSchema>;

/** The body of POST /content-health: test questions ranked into the competing pairs (each checked as an ask). */
export const contentHealthRequestSchema = z.strictObject({
  testQuestions: z
    .array(z.object({ question: z.string(), locale: z.enum(CONTENT_LOCALES) }))
    .max(MAX_TEST_QUESTIONS)
    .optional(),
});
export type ContentHealthRequest = z.infer<typeof contentHealthRequestSchema>;
