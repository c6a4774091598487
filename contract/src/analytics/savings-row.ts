import { z } from 'zod';
import { countSchema, monthSchema, reportMetaSchema } from './report-meta';
import { savingsParametersSchema } from './savings-parameters';

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

/** The meta of GET /savings: the figures summed over the range and the parameters used. */
export const savingsMetaSchema = reportMetaSchema.extend({
  totals: savingsFieldsSchema,
  parameters: savingsParametersSchema,
});
export type SavingsMeta = z.infer<typeof savingsMetaSchema>;
