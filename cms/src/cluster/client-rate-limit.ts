import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiter } from '../bot/rate-limiter';
import { isPostgres } from '../db/database-client';
import { CLUSTER_TABLES } from './cluster-tables';

/** A per-client allowance; both methods return 0 when allowed, else the seconds to wait. */
export interface ClientRateLimit {
  /** Uses one unit of the client's allowance. */
  take(client: string): Promise<number>;
  /** Whether the client must wait, without using any allowance. */
  peek(client: string): Promise<number>;
}

export interface ClientRateLimitOptions {
  /** Keeps the limits apart in the shared table (`bot`, `analytics`, `auth-failures`). */
  name: string;
  perSecond: number;
  burst: number;
}

const secondsToWait = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Shared by every instance on PostgreSQL (rate-limiter-flexible over the
 * `botkb_rate_limits` table): `burst` requests per window of `burst / perSecond`
 * seconds, so N instances together allow the configured rate, not N times it.
 * If the database cannot answer, each instance falls back to the same limit in
 * its own memory rather than failing the request. On SQLite (one instance) the
 * in-memory token bucket.
 */
export function createClientRateLimit(strapi: Core.Strapi, opts: ClientRateLimitOptions): ClientRateLimit {
  // Built on first use: the database is not connected yet while services are registered.
  let limit: ClientRateLimit | null = null;
  return {
    take: (client) => (limit ??= buildRateLimit(strapi, opts)).take(client),
    peek: (client) => (limit ??= buildRateLimit(strapi, opts)).peek(client),
  };
}

function buildRateLimit(strapi: Core.Strapi, opts: ClientRateLimitOptions): ClientRateLimit {
  const knex = strapi.db.connection;
  if (!isPostgres(knex)) {
    const bucket = new RateLimiter(opts.perSecond, opts.burst);
    return { take: async (client) => bucket.take(client), peek: async (client) => bucket.peek(client) };
  }
  const window = { keyPrefix: opts.name, points: opts.burst, duration: Math.ceil(opts.burst / opts.perSecond) };
  const shared = new RateLimiterPostgres({
    ...window,
    storeClient: knex,
    storeType: 'knex',
    tableName: CLUSTER_TABLES.rateLimits,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(window),
  });
  return {
    async take(client) {
      try {
        await shared.consume(client);
        return 0;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return secondsToWait(refused.msBeforeNext);
        throw refused;
      }
    },
    async peek(client) {
      const used = await shared.get(client);
      return used && used.consumedPoints >= opts.burst ? secondsToWait(used.msBeforeNext) : 0;
    },
  };
}
