import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { TABLES } from './analytics-tables';
import type { SimulationInput } from './resource-simulation';

export interface ScenarioSummary {
  id: number;
  name: string;
  updatedAt: string;
  updatedBy: string | null;
}
export interface Scenario extends ScenarioSummary {
  input: SimulationInput;
}

const summary = (r: Record<string, any>): ScenarioSummary => ({
  id: Number(r.id),
  name: String(r.name),
  updatedAt: new Date(Number(r.updated_at)).toISOString(),
  updatedBy: r.updated_by ?? null,
});

/** Managers' named resource-simulation scenarios (TABLES.simulationScenarios); saving a known name replaces it. */
export class SimulationScenarios {
  constructor(private readonly knex: () => Knex) {}

  async list(): Promise<ScenarioSummary[]> {
    const rows = await this.knex()(TABLES.simulationScenarios)
      .select('id', 'name', 'updated_at', 'updated_by')
      .orderBy('name');
    return rows.map(summary);
  }

  async get(id: number): Promise<Scenario> {
    const row = await this.knex()(TABLES.simulationScenarios).where({ id }).first();
    if (!row) throw new errors.NotFoundError(`simulation scenario ${id} not found`);
    return { ...summary(row), input: JSON.parse(row.input) as SimulationInput };
  }

  async save(name: string, input: SimulationInput, by: string): Promise<Scenario> {
    const row = { name, input: JSON.stringify(input), updated_at: Date.now(), updated_by: by };
    await this.knex()(TABLES.simulationScenarios)
      .insert(row)
      .onConflict('name')
      .merge(['input', 'updated_at', 'updated_by']);
    const saved = await this.knex()(TABLES.simulationScenarios).where({ name }).first('id');
    return this.get(Number(saved.id));
  }

  async delete(id: number): Promise<void> {
    const deleted = await this.knex()(TABLES.simulationScenarios).where({ id }).delete();
    if (!deleted) throw new errors.NotFoundError(`simulation scenario ${id} not found`);
  }
}
