import { z } from 'zod';
import { countSchema, monthSchema } from './report-meta';

/** The savings figures of a month or of the whole range. */
export const savingsFieldsSchema = z.object({
  conversations: countSchema,
  withHandoff: countSchema.meta({ description: 'conversations with at least one handoff' }),
  resolvedByBot: countSchema.meta({ description: 'conversations resolved by the bot (README)' }),
  minutesSaved: z.number().min(0),
  hoursSaved: z.number().min(0),
  eurosSaved: z.number().min(0),
  staffYears: z.number().min(0),
});
export type SavingsFields = z.infer<typeof savingsFieldsSchema>;

/** A row of GET /savings. */
export const savingsRowSchema = savingsFieldsSchema.extend({ id: z.string(), month: monthSchema });
export type SavingsRow = z.infer<typeof savingsRowSchema>;
