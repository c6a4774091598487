import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { SqliteAppendThread } from '../../cms/src/db/sqlite-append-thread';

describe('SqliteAppendThread', () => {
  let dir: string;
  let knex: Knex;
  let thread: SqliteAppendThread;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'append-thread-'));
    const filename = join(dir, 'db.sqlite');
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      pool: { min: 1, max: 1 },
    });
    await knex.raw('PRAGMA journal_mode = WAL');
    await knex.schema.createTable('t', (t) => {
      t.increments('id');
      t.string('name');
      t.datetime('at');
      t.boolean('flag');
      t.float('score');
    });
    thread = new SqliteAppendThread(filename);
  });
  afterAll(async () => {
    await thread.close();
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores rows exactly as a knex insert does (dates as epoch ms, booleans 0/1, nulls), readable at once by the other connection', async () => {
    const at = new Date(Date.UTC(2026, 10, 22, 10, 30));
    await knex('t').insert({ name: 'via knex', at, flag: true, score: 0.5 });
    await thread.append(
      't',
      ['name', 'at', 'flag', 'score'],
      [
        ['thread', at, true, 0.5],
        ['nulls', null, false, undefined],
      ],
    );
    const rows = await knex('t').select('name', 'at', 'flag', 'score').orderBy('id');
    expect(rows).toEqual([
      { name: 'via knex', at: at.getTime(), flag: 1, score: 0.5 },
      { name: 'thread', at: at.getTime(), flag: 1, score: 0.5 },
      { name: 'nulls', at: null, flag: 0, score: null },
    ]);
  });

  it('keeps concurrent appends apart and in order, and rejects a bad batch without storing any of it', async () => {
    await knex('t').del();
    const batches = Array.from({ length: 20 }, (_, i) => [
      [`c${i}a`, null, false, i],
      [`c${i}b`, null, true, i],
    ]);
    await Promise.all(batches.map((rows) => thread.append('t', ['name', 'at', 'flag', 'score'], rows)));
    expect((await knex('t').select('name').orderBy('id')).map((r) => r.name)).toEqual(
      batches.flatMap((b) => b.map((r) => r[0])),
    );
    await expect(thread.append('t', ['name', 'nope'], [['x', 1]])).rejects.toThrow(/nope/);
    await expect(
      thread.append(
        't',
        ['id', 'name'],
        [
          [100_000, 'first'],
          [100_000, 'duplicate id'],
        ],
      ),
    ).rejects.toThrow(/UNIQUE|constraint/i);
    expect(await knex('t').where('name', 'first').first()).toBeUndefined();
    await thread.append('t', ['name'], [['after errors']]);
    expect(await knex('t').where('name', 'after errors').first()).toBeDefined();
  });

  it('refuses an in-memory database, which another connection cannot see', () => {
    expect(() => new SqliteAppendThread(':memory:')).toThrow(/database file/);
  });
});
