import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { appendRowsSqlite } from '../../cms/src/db/append-rows-sqlite';
import { isSqlite } from '../../cms/src/db/database-client';

describe('appendRowsSqlite', () => {
  let dir: string;
  let knex: Knex;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'append-rows-'));
    knex = knexFactory({ client: 'better-sqlite3', connection: { filename: join(dir, 'db.sqlite') }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
    await knex.schema.createTable('t', (t) => { t.increments('id'); t.string('name'); t.datetime('at'); t.boolean('flag'); t.float('score'); });
  });
  afterAll(async () => { await knex.destroy(); rmSync(dir, { recursive: true, force: true }); });

  it('stores rows exactly as a knex insert does (dates as epoch ms, booleans 0/1, nulls), in one commit', async () => {
    const at = new Date(Date.UTC(2026, 10, 22, 10, 30));
    await knex('t').insert({ name: 'via knex', at, flag: true, score: 0.5 });
    await appendRowsSqlite(knex, 't', ['name', 'at', 'flag', 'score'], [['fast', at, true, 0.5], ['nulls', null, false, undefined]]);
    const rows = await knex('t').select('name', 'at', 'flag', 'score').orderBy('id');
    expect(rows).toEqual([
      { name: 'via knex', at: at.getTime(), flag: 1, score: 0.5 },
      { name: 'fast', at: at.getTime(), flag: 1, score: 0.5 },
      { name: 'nulls', at: null, flag: 0, score: null },
    ]);
    expect(isSqlite(knex)).toBe(true);
  });
});
