import type { Knex } from 'knex';
import { TABLES } from './analytics-tables';

/** How long a server trusts its list of test clients; another server's change shows within this time. */
export const TEST_CLIENTS_TTL_MS = 5_000;

export interface TestClient {
  clientId: string;
  markedAt: number;
  markedBy: string | null;
}

/**
 * Bot clients (`token:<id>`) marked as test: their asks and events are
 * flagged when stored and rolled up apart, so reports leave them out unless
 * asked to include them (`includeTest=true`). Looked up on every bot request,
 * so the list is cached for TEST_CLIENTS_TTL_MS.
 */
export class TestClients {
  private cache: { ids: ReadonlySet<string>; until: number } | null = null;

  constructor(
    private readonly knex: () => Knex,
    private readonly now: () => number = Date.now,
  ) {}

  async has(clientId: string | null): Promise<boolean> {
    if (clientId === null) return false;
    if (!this.cache || this.cache.until <= this.now()) {
      const ids = await this.knex()(TABLES.testClients).pluck('client_id');
      this.cache = { ids: new Set(ids as string[]), until: this.now() + TEST_CLIENTS_TTL_MS };
    }
    return this.cache.ids.has(clientId);
  }

  async list(): Promise<TestClient[]> {
    const rows = await this.knex()(TABLES.testClients)
      .select('client_id', 'marked_at', 'marked_by')
      .orderBy('client_id');
    return rows.map((r) => ({ clientId: r.client_id, markedAt: Number(r.marked_at), markedBy: r.marked_by ?? null }));
  }

  /** Marks a client as test (or not); traffic already stored keeps its flag. */
  async mark(clientId: string, test: boolean, by: string): Promise<void> {
    const table = this.knex()(TABLES.testClients);
    if (test) {
      await table
        .insert({ client_id: clientId, marked_at: this.now(), marked_by: by })
        .onConflict('client_id')
        .ignore();
    } else {
      await table.where('client_id', clientId).delete();
    }
    this.cache = null;
  }
}
