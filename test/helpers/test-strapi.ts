/**
 * Boots a real Strapi (the compiled cms/dist) in-process against a fresh
 * database — a temporary SQLite file, or a new PostgreSQL database when
 * DATABASE_CLIENT=postgres — and serves it over HTTP for supertest.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { Client } from 'pg';

const cmsDir = resolve(__dirname, '..', '..', 'cms');

export interface TestStrapi {
  strapi: Core.Strapi;
  /** Base URL of the running HTTP server, e.g. http://127.0.0.1:40123 */
  url: string;
  stop(): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64url');

/** Runs `fn` with a connection to the PostgreSQL cluster's admin database. */
export async function withPostgresAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database: process.env.DATABASE_ADMIN_NAME ?? 'postgres',
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Copies an SQLite database file with its write-ahead log, if one was left. */
export function copySqliteFile(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/**
 * A database for one Strapi: a temporary SQLite file, or a new PostgreSQL database when
 * DATABASE_CLIENT=postgres; empty, or a copy of `template` (an SQLite file or a PostgreSQL database
 * nobody is connected to). `env` points Strapi at it.
 */
export async function createTestDatabase(
  template?: string,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    const name = `botkb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withPostgresAdmin((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
    const drop = async () => {
      await withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    };
    return { env: { DATABASE_NAME: name }, drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'botkb-test-'));
  const file = join(dir, 'data.db');
  if (template) copySqliteFile(template, file);
  return { env: { DATABASE_FILENAME: file }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestStrapiOptions {
  /** Connect to the suite's Meilisearch (default true) with a fresh index prefix. */
  search?: boolean;
  /** Extra environment for this instance (e.g. BOT_RATE_LIMIT_PER_SEC). */
  env?: Record<string, string>;
  /** An existing database to boot on (dropped by stop()); default a fresh one. */
  database?: TestDatabase;
}

export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/**
 * The environment a test Strapi gets on top of process.env: `extra`, then
 * fresh secrets, no telemetry, `fi` as the initial i18n locale, and LOG_LEVEL
 * `error` unless `extra` or process.env sets it. Leaving out Meilisearch
 * (deleting MEILI_HOST) is up to the caller.
 */
export function testStrapiEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    ...extra,
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'fi',
    LOG_LEVEL: extra.LOG_LEVEL ?? process.env.LOG_LEVEL ?? 'error',
    APP_KEYS: [secret(), secret()].join(','),
  };
  const secrets = [
    'API_TOKEN_SALT',
    'ADMIN_JWT_SECRET',
    'TRANSFER_TOKEN_SALT',
    'JWT_SECRET',
    'ENCRYPTION_KEY',
    'SESSION_HASH_KEY',
  ];
  for (const k of secrets) env[k] = secret();
  return env;
}

export async function startTestStrapi(opts: TestStrapiOptions = {}): Promise<TestStrapi> {
  const env = process.env;
  if (opts.search === false) {
    delete env.MEILI_HOST;
  }
  Object.assign(
    env,
    testStrapiEnv({
      MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
      SEARCH_SYNC_INTERVAL_MS: '50',
      ...opts.env,
      HOST: '127.0.0.1',
      PORT: '0',
    }),
  );

  const db = opts.database ?? (await createTestDatabase());
  Object.assign(env, db.env);
  const cleanupDb = db.drop;

  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((r) => (server.listening ? r() : server.listen(0, '127.0.0.1', () => r())));
  const { port } = server.address() as { port: number };
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await strapi.destroy();
      await cleanupDb();
    },
  };
}
