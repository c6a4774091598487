import { z } from 'zod';
import { countSchema, monthSchema, rateSchema } from './report-meta';

/** A row of GET /monthly-usage (`id` is `month` or `month:dimension`). */
export const monthlyUsageRowSchema = z.object({
  id: z.string(),
  month: monthSchema,
  dimension: z.string().optional().meta({ description: 'the value of the breakdown, e.g. "sv"' }),
  conversations: countSchema,
  messages: countSchema,
  questions: countSchema,
  answered: countSchema,
  unanswered: countSchema,
  answeredRate: rateSchema,
  unansweredRate: rateSchema,
  handoffs: countSchema,
  handoffConversations: countSchema.meta({ description: 'conversations with at least one handoff' }),
  handoffRate: rateSchema.meta({ description: 'handoffConversations / conversations' }),
  feedbackHelpful: countSchema,
  feedbackUnhelpful: countSchema,
  helpfulRate: rateSchema,
  resolvedByBot: countSchema.meta({ description: 'conversations resolved by the bot (README: resolved by the bot)' }),
  resolvedRate: rateSchema.meta({ description: 'resolvedByBot / conversations' }),
});
export type MonthlyUsageRow = z.infer<typeof monthlyUsageRowSchema>;
