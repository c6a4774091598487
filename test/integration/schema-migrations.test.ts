import knexFactory, { type Knex } from 'knex';
import { createTestDatabase, startTestStrapi, type TestDatabase, type TestStrapi } from '../helpers/test-strapi';
import { createRelease01Tables } from '../fixtures/release-0.1-analytics-tables';

/** Migrations (cms/database/migrations) bring a database of any earlier release to the current layout. */
const MIGRATIONS = [
  '001-analytics-tables.js', '002-publications-document-index.js', '003-scrub-personal-data.js',
  '004-unanswered-example-counts.js', '005-unanswered-aliases.js',
];
const PUBLICATION_INDEX = 'botkb_publications_document_idx';
const isPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

let t: TestStrapi | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** A knex connection to a test database, as the previous release's Strapi would have opened it. */
function connect(db: TestDatabase): Knex {
  if (!isPostgres) {
    const connection = { filename: db.env.DATABASE_FILENAME };
    return knexFactory({ client: 'better-sqlite3', connection, useNullAsDefault: true });
  }
  return knexFactory({
    client: 'pg',
    connection: {
      host: process.env.DATABASE_HOST, port: Number(process.env.DATABASE_PORT ?? 5432), database: db.env.DATABASE_NAME,
      user: process.env.DATABASE_USERNAME, password: process.env.DATABASE_PASSWORD,
    },
  });
}

async function indexNames(knex: Knex, table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = isPostgres
    ? (await knex.raw('SELECT indexname AS name FROM pg_indexes WHERE tablename = ?', [table])).rows
    : await knex.raw("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]);
  return rows.map((r) => r.name);
}

const recordedMigrations = async (knex: Knex) =>
  (await knex('strapi_migrations').orderBy('id').select('name')).map((r: { name: string }) => r.name);

const OLD_ROWS = {
  botkb_publications: [
    { document_id: 'doc-1', kind: 'answer', locale: 'fi', audience: 'resident', action: 'publish', at: 1.7e12 },
    { document_id: 'doc-1', kind: 'answer', locale: 'sv', audience: 'resident', action: 'publish', at: 1.7001e12 },
  ],
  botkb_settings: [
    { key: 'savings-parameters', value: '{"costPerHour":42}', updated_at: 1.7e12, updated_by: 'x@example.fi' },
  ],
  botkb_events: [{
    event_id: 'e-1', type: 'conversation_started', occurred_at: 1_700_000_000_000, day: '2023-11-14',
    channel: 'web_chat', locale: 'fi', audience: 'resident', received_at: 1_700_000_000_500,
  }],
};
/** What release 0.1 stored raw: a bot's session id and a comment with a phone number the old redactor missed. */
const RAW_EVENT = {
  event_id: 'e-2', type: 'feedback', occurred_at: 1_700_000_000_000, day: '2023-11-14', session_id: 'bot-session-77',
  channel: 'web_chat', locale: 'fi', audience: 'resident', received_at: 1_700_000_000_500, helpful: false,
  answer_slug: 'kirjastokortti', comment: 'soittakaa (09) 310 1677',
};

const OLD_EXAMPLE = { group_id: 7, text: 'saako koiran tuoda', asked_at: 1_700_000_000_000 };

describe('schema migrations', () => {
  it('upgrade a release 0.1 database: rows kept, the publications index added, both migrations recorded', async () => {
    const db = await createTestDatabase();
    const old = connect(db);
    await createRelease01Tables(old);
    for (const [table, rows] of Object.entries(OLD_ROWS)) {
      await old(table).insert(table === 'botkb_events' ? rows.map((r) => ({ ...r, session_id: 's-1' })) : rows);
    }
    await old('botkb_events').insert(RAW_EVENT);
    await old('botkb_session_flags').insert({ session_id: 'bot-session-77', flag: 'feedback' });
    await old('botkb_unanswered_examples').insert(OLD_EXAMPLE);
    expect(await indexNames(old, 'botkb_publications')).not.toContain(PUBLICATION_INDEX);
    await old.destroy();

    t = await startTestStrapi({ search: false, database: db });
    const knex = t.strapi.db.connection;
    expect(await indexNames(knex, 'botkb_publications')).toContain(PUBLICATION_INDEX);
    for (const [table, rows] of Object.entries(OLD_ROWS)) {
      const query = knex(table).select(Object.keys(rows[0]));
      const stored = table === 'botkb_events' ? await query.where('event_id', 'e-1') : await query;
      expect(stored.map((r: Record<string, unknown>) => normalize(r))).toEqual(rows.map(normalize));
    }
    expect(await recordedMigrations(knex)).toEqual(MIGRATIONS);
    // Migration 3: what the old release stored raw is scrubbed.
    const scrubbed = await knex('botkb_events').where('event_id', 'e-2').first('session_id', 'comment');
    expect(scrubbed.comment).toBe('soittakaa [PUHELIN]');
    expect(scrubbed.session_id).toMatch(/^h:/);
    const sessions = [...await knex('botkb_events').pluck('session_id'), ...await knex('botkb_session_flags').pluck('session_id')];
    expect(sessions.filter((id: string) => !id.startsWith('h:'))).toEqual([]);
    // Migration 4: an example stored before counts once, last asked when it was stored.
    const example = await knex('botkb_unanswered_examples').where('group_id', 7).first('text', 'count', 'asked_at');
    expect({ ...normalize(example), count: Number(example.count) })
      .toEqual({ text: OLD_EXAMPLE.text, count: 1, asked_at: OLD_EXAMPLE.asked_at });
  });

  it('build the whole layout on a fresh database and never run twice', async () => {
    const db = await createTestDatabase();
    t = await startTestStrapi({ search: false, database: { env: db.env, drop: async () => undefined } });
    expect(await indexNames(t.strapi.db.connection, 'botkb_publications')).toContain(PUBLICATION_INDEX);
    expect(await t.strapi.db.connection.schema.hasTable('botkb_unanswered_groups')).toBe(true);
    await t.stop();

    t = await startTestStrapi({ search: false, database: db });
    expect(await recordedMigrations(t.strapi.db.connection)).toEqual(MIGRATIONS);
  });
});

/** PostgreSQL returns bigint columns as strings. */
function normalize(row: Record<string, unknown>): Record<string, unknown> {
  const number = (v: unknown) => (typeof v === 'string' && /^\d{10,}$/.test(v) ? Number(v) : v);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, number(v)]));
}
