import { failValidation } from '../validation-failure';
import {
  SIMULATION_DEFAULTS,
  SIMULATION_YEARS,
  type SimulationChannel,
  type SimulationInput,
} from './resource-simulation';

/** Limits of a simulation the API accepts (one place: validation, README). */
export const SIMULATION_LIMITS = {
  nameLength: 100,
  channels: 30,
  channelNameLength: 60,
  contacts: 100_000_000,
  minutes: 600,
  /** A yearly change from −100 % (the channel closes) to +1,000 %. */
  change: { min: -100, max: 1000 },
} as const;

type Path = Array<string | number>;

function numberIn(v: unknown, path: Path, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    failValidation(path, `must be a number from ${min} to ${max}`);
  return v;
}

function text(v: unknown, path: Path, max: number): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max)
    failValidation(path, `must be a text of 1–${max} characters`);
  return v.trim();
}

function objectAt(v: unknown, path: Path): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) failValidation(path, 'must be a JSON object');
  return v as Record<string, unknown>;
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[], path: Path): void {
  for (const key of Object.keys(o))
    if (!keys.includes(key)) failValidation([...path, key], `is not a field (${keys.join(', ')})`);
}

function channel(v: unknown, path: Path): SimulationChannel {
  const c = objectAt(v, path);
  onlyKeys(c, ['name', 'contacts', 'minutes', 'changes'], path);
  const { change } = SIMULATION_LIMITS;
  const changes = c.changes;
  if (!Array.isArray(changes) || changes.length !== SIMULATION_YEARS - 1) {
    failValidation(
      [...path, 'changes'],
      `must list the change (%) for each of the ${SIMULATION_YEARS - 1} following years`,
    );
  }
  return {
    name: text(c.name, [...path, 'name'], SIMULATION_LIMITS.channelNameLength),
    contacts: numberIn(c.contacts, [...path, 'contacts'], 0, SIMULATION_LIMITS.contacts),
    minutes: numberIn(c.minutes, [...path, 'minutes'], 0, SIMULATION_LIMITS.minutes),
    changes: [
      numberIn(changes[0], [...path, 'changes', 0], change.min, change.max),
      numberIn(changes[1], [...path, 'changes', 1], change.min, change.max),
    ],
  };
}

/** A simulation's input from a request body (`path` names where it sits), or a 400 naming the field. */
export function validateSimulationInput(v: unknown, path: Path = []): SimulationInput {
  const o = objectAt(v, path);
  onlyKeys(o, ['startYear', 'hourlyCost', 'yearlySalaryCost', 'productiveHoursPerPerson', 'channels'], path);
  const channels = o.channels;
  if (!Array.isArray(channels) || channels.length > SIMULATION_LIMITS.channels) {
    failValidation([...path, 'channels'], `must be a list of at most ${SIMULATION_LIMITS.channels} channels`);
  }
  return {
    startYear: numberIn(o.startYear, [...path, 'startYear'], 2000, 2100),
    hourlyCost: numberIn(o.hourlyCost ?? SIMULATION_DEFAULTS.hourlyCost, [...path, 'hourlyCost'], 0, 1000),
    yearlySalaryCost: numberIn(
      o.yearlySalaryCost ?? SIMULATION_DEFAULTS.yearlySalaryCost,
      [...path, 'yearlySalaryCost'],
      0,
      1_000_000,
    ),
    productiveHoursPerPerson: numberIn(
      o.productiveHoursPerPerson ?? SIMULATION_DEFAULTS.productiveHoursPerPerson,
      [...path, 'productiveHoursPerPerson'],
      1,
      8760,
    ),
    channels: channels.map((c, i) => channel(c, [...path, 'channels', i])),
  };
}

/** A named scenario to save: `{ name, input }`. */
export function validateScenario(body: unknown): { name: string; input: SimulationInput } {
  const b = objectAt(body, ['body']);
  onlyKeys(b, ['name', 'input'], []);
  return {
    name: text(b.name, ['name'], SIMULATION_LIMITS.nameLength),
    input: validateSimulationInput(b.input, ['input']),
  };
}
