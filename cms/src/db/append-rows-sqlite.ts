import type { Knex } from 'knex';

interface Statement { run(...values: unknown[]): unknown }
interface SqliteConnection { prepare(sql: string): Statement; transaction(fn: () => void): () => void }

const statements = new WeakMap<object, Map<string, Statement>>();

/** Binds like knex's better-sqlite3 dialect does (dates as epoch milliseconds, booleans as 0/1), so rows read back the same. */
const bindable = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v ?? null);

/**
 * Appends rows to `table` in one SQLite transaction with a prepared statement
 * on knex's own (single) connection: the same commit and durability as a knex
 * transaction, without building and preparing SQL for every row — on the
 * bot's hot path that costs more than the write itself.
 */
export async function appendRowsSqlite(knex: Knex, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const client = knex.client as unknown as { acquireConnection(): Promise<SqliteConnection>; releaseConnection(c: SqliteConnection): Promise<void> };
  const conn = await client.acquireConnection();
  try {
    let cache = statements.get(conn);
    if (!cache) statements.set(conn, (cache = new Map()));
    const key = `${table}|${columns.join(',')}`;
    const statement = cache.get(key) ?? conn.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    cache.set(key, statement);
    conn.transaction(() => { for (const row of rows) statement.run(...row.map(bindable)); })();
  } finally {
    await client.releaseConnection(conn);
  }
}
