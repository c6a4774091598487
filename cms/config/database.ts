import path from 'path';
import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';

type Pragmas = { pragma(sql: string): unknown };

/**
 * SQLite (default, embedded) or PostgreSQL (production: DATABASE_CLIENT=postgres).
 * SQLite runs in WAL mode with synchronous=FULL so an acknowledged commit
 * survives a crash or power loss.
 */
/** Migrations run from the compiled cms/dist/database/migrations, before Strapi's schema sync. */
const settings = { useTypescriptMigrations: true };

const config = (): Core.Config.Database => {
  const env = readEnv();
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env.DATABASE_URL,
          host: env.DATABASE_HOST,
          port: env.DATABASE_PORT,
          database: env.DATABASE_NAME,
          user: env.DATABASE_USERNAME,
          password: env.DATABASE_PASSWORD,
          ssl: env.DATABASE_SSL ? { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED } : false,
          schema: env.DATABASE_SCHEMA,
        },
        pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: env.DATABASE_CONNECTION_TIMEOUT,
      },
      settings,
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env.DATABASE_FILENAME),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate: (raw: unknown, done: (err?: Error, conn?: unknown) => void) => {
          const conn = raw as Pragmas;
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = FULL');
          conn.pragma('busy_timeout = 5000');
          done(undefined, conn);
        },
      },
    },
    settings,
  };
};

export default config;
