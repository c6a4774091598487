import {
  SIMULATION_DEFAULTS,
  SIMULATION_YEARS,
  type SimulationChannel,
  type SimulationInput,
  type SimulationResult,
  type YearFigures,
} from '@botkb/contract';

export { SIMULATION_DEFAULTS, SIMULATION_YEARS };
export type { SimulationChannel, SimulationInput, SimulationResult, YearFigures };

/**
 * The resource simulation managers use to size contact teams (the model of
 * the Helsinki contacts-platform study): per contact channel the yearly
 * contacts, the average handling time and the expected change for each of
 * the next two years give the hours, the persons needed and the salary cost
 * for the start year and the two years after it. Pure (no Strapi, no I/O).
 */

function figures(year: number, contacts: number, minutes: number, input: SimulationInput): YearFigures {
  const hours = (contacts * minutes) / 60;
  const persons = hours / input.productiveHoursPerPerson;
  return {
    year,
    contacts,
    hours,
    persons,
    salaryCost: persons * input.yearlySalaryCost,
    hourCost: hours * input.hourlyCost,
  };
}

const KEYS = ['contacts', 'hours', 'persons', 'salaryCost', 'hourCost'] as const;

/** Hours, persons and costs per channel and in total for the start year and the two following years. */
export function simulateResources(input: SimulationInput): SimulationResult {
  const channels = input.channels.map((c) => {
    const contacts = [c.contacts];
    for (const change of c.changes) contacts.push(contacts[contacts.length - 1] * (1 + change / 100));
    return { name: c.name, years: contacts.map((n, i) => figures(input.startYear + i, n, c.minutes, input)) };
  });
  const totals = Array.from({ length: SIMULATION_YEARS }, (_, i) => {
    const total: YearFigures = {
      year: input.startYear + i,
      contacts: 0,
      hours: 0,
      persons: 0,
      salaryCost: 0,
      hourCost: 0,
    };
    for (const c of channels) for (const k of KEYS) total[k] += c.years[i][k];
    return total;
  });
  const start = totals[0];
  const changes = totals.map((t) => {
    const change = { ...t, rate: start.salaryCost > 0 ? (t.salaryCost - start.salaryCost) / start.salaryCost : null };
    for (const k of KEYS) change[k] = t[k] - start[k];
    return change;
  });
  return { channels, totals, changes };
}
