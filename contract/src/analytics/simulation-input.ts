import { z } from 'zod';

/** Limits of a simulation the API accepts (one place: validation, the OpenAPI document, README). */
export const SIMULATION_LIMITS = {
  nameLength: 100,
  channels: 30,
  channelNameLength: 60,
  contacts: 100_000_000,
  minutes: 600,
  /** A yearly change from −100 % (the channel closes) to +1,000 %. */
  change: { min: -100, max: 1000 },
} as const;

/** The study's defaults; productive hours make the two cost figures agree (59,290 € / 35 €/h ≈ 1,694 h). */
export const SIMULATION_DEFAULTS = {
  hourlyCost: 35,
  yearlySalaryCost: 59_290,
  productiveHoursPerPerson: 1694,
} as const;

/** Years the simulation covers: the start year and two following years. */
export const SIMULATION_YEARS = 3;

const numberIn = (min: number, max: number) => {
  const error = `must be a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};

/** A text of 1–`max` characters (longer ones are refused before trimming), trimmed. */
const text = (max: number) => {
  const error = `must be a text of 1–${max} characters`;
  return z.string({ error }).max(max, { error }).trim().min(1, { error });
};

const OBJECT = { error: 'must be a JSON object' };
const { change } = SIMULATION_LIMITS;
const yearlyChange = numberIn(change.min, change.max);

/** One contact channel of a simulation. */
export const simulationChannelSchema = z.strictObject(
  {
    name: text(SIMULATION_LIMITS.channelNameLength).meta({ description: 'the manager’s name ("Puhelut", "Botti" …)' }),
    contacts: numberIn(0, SIMULATION_LIMITS.contacts).meta({ description: 'contacts in the start year' }),
    minutes: numberIn(0, SIMULATION_LIMITS.minutes).meta({ description: 'average staff minutes per contact' }),
    changes: z
      .tuple([yearlyChange, yearlyChange], {
        error: `must list the change (%) for each of the ${SIMULATION_YEARS - 1} following years`,
      })
      .meta({ description: 'change of contacts (%) in each following year, against the year before' }),
  },
  OBJECT,
);
export type SimulationChannel = z.infer<typeof simulationChannelSchema>;

/** A simulation's input: the start year, the cost figures (defaults: the study's) and the channels. */
export const simulationInputSchema = z.strictObject(
  {
    startYear: z
      .number({ error: 'must be a year from 2000 to 2100' })
      .int({ error: 'must be a year from 2000 to 2100' })
      .min(2000, { error: 'must be a year from 2000 to 2100' })
      .max(2100, { error: 'must be a year from 2000 to 2100' }),
    hourlyCost: numberIn(0, 1000).default(SIMULATION_DEFAULTS.hourlyCost).meta({ description: '€ per staff hour' }),
    yearlySalaryCost: numberIn(0, 1_000_000)
      .default(SIMULATION_DEFAULTS.yearlySalaryCost)
      .meta({ description: '€ per person-year (salary with side costs)' }),
    productiveHoursPerPerson: numberIn(1, 8760)
      .default(SIMULATION_DEFAULTS.productiveHoursPerPerson)
      .meta({ description: 'productive working hours per person-year' }),
    channels: z
      .array(simulationChannelSchema, { error: `must be a list of at most ${SIMULATION_LIMITS.channels} channels` })
      .max(SIMULATION_LIMITS.channels, { error: `must be a list of at most ${SIMULATION_LIMITS.channels} channels` }),
  },
  OBJECT,
);
export type SimulationInput = z.output<typeof simulationInputSchema>;

/** POST /simulation/results: `{ input }`. */
export const simulationResultsRequestSchema = z.object({ input: simulationInputSchema }, OBJECT);

/** POST /simulation/scenarios: a named scenario to save (a known name replaces it). */
export const simulationScenarioRequestSchema = z.strictObject(
  { name: text(SIMULATION_LIMITS.nameLength), input: simulationInputSchema },
  OBJECT,
);
