import knexFactory, { type Knex } from 'knex';
import { runExclusively } from '../../cms/src/cluster/run-exclusively';
import { createTestDatabase, type TestDatabase } from '../helpers/test-strapi';

/**
 * The sync worker's lock: one instance at a time applies sync jobs, and a
 * crashed instance's lock is free as soon as its connection is gone.
 */
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
let db: TestDatabase;
const connections: Knex[] = [];

/** A connection pool of its own, as each CMS instance has. */
function instance(): Knex {
  const knex = onPostgres
    ? knexFactory({
        client: 'pg',
        connection: {
          host: process.env.DATABASE_HOST,
          port: Number(process.env.DATABASE_PORT ?? 5432),
          database: db.env.DATABASE_NAME,
          user: process.env.DATABASE_USERNAME,
          password: process.env.DATABASE_PASSWORD,
        },
      })
    : knexFactory({
        client: 'better-sqlite3',
        connection: { filename: db.env.DATABASE_FILENAME },
        useNullAsDefault: true,
      });
  connections.push(knex);
  return knex;
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const knex of connections) await knex.destroy();
  await db?.drop();
});

const describeOnPostgres = onPostgres ? describe : describe.skip;

describeOnPostgres('runExclusively on PostgreSQL (needs DATABASE_CLIENT=postgres)', () => {
  it('runs work of one name on one instance at a time; a crashed holder frees it at once', async () => {
    const [a, b] = [instance(), instance()];
    let release: () => void = () => undefined;
    const holding = runExclusively(
      a,
      'sync',
      () =>
        new Promise<string>((resolve) => {
          release = () => resolve('a');
        }),
    );
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(await runExclusively(b, 'sync', async () => 'b')).toEqual({ ran: false });
      expect(await runExclusively(b, 'other', async () => 'b')).toEqual({ ran: true, result: 'b' });
      // The holder "crashes": its connection is gone while its work never finished.
      const locks = await b.raw("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");
      expect(locks.rows).toHaveLength(1);
      const { pid } = locks.rows[0];
      await b.raw('SELECT pg_terminate_backend(?)', [pid]);
      // pg_terminate_backend only signals; the lock is free once that backend has exited.
      for (let waited = 0; waited < 5000; waited += 20) {
        const alive = await b.raw('SELECT 1 FROM pg_stat_activity WHERE pid = ?', [pid]);
        if (alive.rows.length === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(await runExclusively(b, 'sync', async () => 'b')).toEqual({ ran: true, result: 'b' });
    } finally {
      // Whatever failed above, the holder's work ends, so its pool can be closed.
      release();
    }
    await expect(holding).rejects.toThrow();
  });
});

describe('runExclusively on SQLite', () => {
  (onPostgres ? it.skip : it)('just runs the work (one instance)', async () => {
    expect(await runExclusively(instance(), 'sync', async () => 42)).toEqual({ ran: true, result: 42 });
  });
});
