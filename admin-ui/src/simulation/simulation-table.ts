/**
 * Shaping of the resource simulation for the page, the chart and the CSV:
 * the starting channels (the bot's row from measured data) and one flat row
 * per channel and year. Pure.
 */
import type {
  SimulationBaseline,
  SimulationChannel,
  SimulationInput,
  SimulationResults,
  SimulationYear,
} from '../types';

/** Channels a new simulation starts with, in order; the bot's is prefilled from measured data. */
export const STARTING_CHANNELS = ['phone', 'callback', 'messages', 'chat', 'bot', 'symptom_checker'] as const;
export type StartingChannel = (typeof STARTING_CHANNELS)[number];

/** Typical staff minutes per contact for the starting rows; the bot's resolved conversations take none. */
const STARTING_MINUTES: Record<StartingChannel, number> = {
  phone: 6,
  callback: 8,
  messages: 10,
  chat: 8,
  bot: 0,
  symptom_checker: 5,
};

export function startingInput(
  baseline: SimulationBaseline,
  name: (channel: StartingChannel) => string,
): SimulationInput {
  const channels: SimulationChannel[] = STARTING_CHANNELS.map((c) => ({
    name: name(c),
    contacts: c === 'bot' ? baseline.botContacts : 0,
    minutes: STARTING_MINUTES[c],
    changes: [0, 0],
  }));
  return { startYear: baseline.startYear, ...baseline.defaults, channels };
}

export interface FlatRow extends SimulationYear {
  id: string;
  channel: string;
  /** The total's change against the start year (total rows only). */
  change: number | null;
  changeRate: number | null;
}

/** One row per channel and year, then the totals per year with their change against the start year. */
export function flatResults(results: SimulationResults, totalName: string): FlatRow[] {
  const rows: FlatRow[] = results.channels.flatMap((c, i) =>
    c.years.map((y) => ({ ...y, id: `${i}-${y.year}`, channel: c.name, change: null, changeRate: null })),
  );
  results.totals.forEach((y, i) => {
    const change = results.changes[i];
    rows.push({
      ...y,
      id: `total-${y.year}`,
      channel: totalName,
      change: change?.salaryCost ?? null,
      changeRate: change?.rate ?? null,
    });
  });
  return rows;
}
