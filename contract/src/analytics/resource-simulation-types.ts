import { z } from 'zod';
import { simulationInputSchema } from './simulation-input';

/** The resource simulation's results (cms/src/analytics/resource-simulation.ts computes them). */

/** One year's figures of a channel or of all channels. */
export const yearFiguresSchema = z.object({
  year: z.number().int(),
  contacts: z.number(),
  hours: z.number(),
  persons: z.number(),
  salaryCost: z.number().meta({ description: 'persons × yearly salary cost' }),
  hourCost: z.number().meta({ description: 'hours × hourly cost' }),
});
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const simulationResultSchema = z.object({
  channels: z.array(z.object({ name: z.string(), years: z.array(yearFiguresSchema) })),
  totals: z.array(yearFiguresSchema),
  changes: z
    .array(yearFiguresSchema.extend({ rate: z.number().nullable() }))
    .meta({ description: 'each year’s totals minus the start year’s; rate is of the start year’s salary cost' }),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

/** POST /simulation/results: the input as read (defaults filled in) and its results. */
export const simulationOutcomeSchema = z.object({ input: simulationInputSchema, results: simulationResultSchema });

/** A saved scenario as listed. */
export const simulationScenarioSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  updatedAt: z.string().meta({ format: 'date-time' }),
  updatedBy: z.string().nullable(),
});

/** A saved scenario with its input and results. */
export const simulationScenarioSchema = simulationScenarioSummarySchema.extend({
  input: simulationInputSchema,
  results: simulationResultSchema,
});

/** GET /simulation/baseline: what the bot resolved in the last 12 full months, and the default costs. */
export const simulationBaselineSchema = z.object({
  id: z.literal('baseline'),
  from: z.string().meta({ format: 'date' }),
  to: z.string().meta({ format: 'date' }),
  botContacts: z.number().int().min(0),
  startYear: z.number().int(),
  defaults: z
    .object({ hourlyCost: z.number(), yearlySalaryCost: z.number(), productiveHoursPerPerson: z.number() })
    .meta({ description: 'the study’s cost figures (SIMULATION_DEFAULTS)' }),
});
