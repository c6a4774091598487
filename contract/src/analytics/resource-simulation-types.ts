/** The resource simulation's input and results (cms/src/analytics/resource-simulation.ts computes them). */

export interface SimulationChannel {
  /** The manager's name for the channel ("Puhelut", "Botti" …). */
  name: string;
  /** Contacts in the start year. */
  contacts: number;
  /** Average staff handling time per contact, minutes. */
  minutes: number;
  /** Expected change of contacts in each following year, % (year 1 against the start, year 2 against year 1). */
  changes: [number, number];
}

export interface SimulationInput {
  startYear: number;
  /** € per staff hour. */
  hourlyCost: number;
  /** € per person-year (salary with side costs). */
  yearlySalaryCost: number;
  /** Productive working hours per person-year. */
  productiveHoursPerPerson: number;
  channels: SimulationChannel[];
}

export interface YearFigures {
  year: number;
  contacts: number;
  hours: number;
  persons: number;
  /** persons × yearly salary cost. */
  salaryCost: number;
  /** hours × hourly cost. */
  hourCost: number;
}

export interface SimulationResult {
  channels: Array<{ name: string; years: YearFigures[] }>;
  totals: YearFigures[];
  /** Each year's totals minus the start year's (the start year's own entry is all zeros); rate is of the start year's salary cost. */
  changes: Array<YearFigures & { rate: number | null }>;
}
