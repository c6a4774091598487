import { Worker } from 'node:worker_threads';

/**
 * The worker: its own better-sqlite3 connection to the same database file
 * (WAL, synchronous=FULL like the CMS's), one prepared INSERT per table and
 * column list, each message's rows in one transaction. Plain JavaScript run
 * with `eval`, so it works the same from compiled code and from tests.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = ' + Number(workerData.busyTimeoutMs));
const statements = new Map();
const quote = (name) => '"' + String(name).replace(/"/g, '""') + '"';
parentPort.on('message', ({ id, table, columns, rows }) => {
  try {
    const key = table + '|' + columns.join(',');
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare('INSERT INTO ' + quote(table) + ' (' + columns.map(quote).join(', ') + ') VALUES (' + columns.map(() => '?').join(', ') + ')');
      statements.set(key, statement);
    }
    db.transaction(() => { for (const row of rows) statement.run(row); })();
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: error && error.message ? error.message : String(error) });
  }
});
`;

/** Binds like knex's better-sqlite3 dialect does (dates as epoch milliseconds, booleans as 0/1), so rows read back the same. */
const bindable = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : (v ?? null));

interface Reply {
  id: number;
  error?: string;
}

/**
 * Appends rows to an SQLite table from a worker thread. A durable commit
 * (synchronous=FULL) waits for the disk; on the CMS's own connection that
 * wait blocks the event loop, and with it every other request. Here the
 * promise resolves only after the commit, exactly as before, while the
 * event loop keeps serving. SQLite's WAL lets the CMS read the rows at once.
 */
export class SqliteAppendThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

  constructor(
    private readonly filename: string,
    private readonly busyTimeoutMs = 5000,
  ) {
    if (!filename || filename === ':memory:')
      throw new Error('SqliteAppendThread needs a database file (an in-memory database is private to one connection)');
  }

  /** Resolves once the rows are committed; rejects with SQLite's error (nothing of the batch is stored then). */
  append(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, table, columns, rows: rows.map((row) => row.map(bindable)) });
    });
  }

  /** Stops the worker once every append sent so far has been answered. */
  async close(): Promise<void> {
    while (this.waiting.size) await new Promise((r) => setTimeout(r, 5));
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        driver: require.resolve('better-sqlite3'),
        filename: this.filename,
        busyTimeoutMs: this.busyTimeoutMs,
      },
    });
    worker.unref();
    worker.on('message', ({ id, error }: Reply) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === undefined) waiter?.resolve();
      else waiter?.reject(new Error(`SQLite append failed: ${error}`));
    });
    // A dead worker fails what it had not answered; the next append starts a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiter] of this.waiting) {
        this.waiting.delete(id);
        waiter.reject(error);
      }
    };
    worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) => fail(new Error(`SQLite append thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
