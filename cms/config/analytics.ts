import { readEnv } from '../src/config/env-schema';

/**
 * Analytics: how long free text typed by residents is kept (days); where the built UI is; per-user rate of
 * report requests (the dashboard loads about 8 reports at once, a burst of 60 leaves room for quick filter
 * changes); the key bots' session ids are hashed with (unset: derived from ENCRYPTION_KEY, see
 * privacy/hash-session-id.ts).
 */
const config = () => {
  const env = readEnv();
  return {
    retentionDays: env.ANALYTICS_RETENTION_DAYS,
    uiDir: env.ANALYTICS_UI_DIR ?? null,
    rateLimit: { perSecond: env.ANALYTICS_RATE_LIMIT_PER_SEC, burst: env.ANALYTICS_RATE_LIMIT_BURST },
    sessionHashKey: env.SESSION_HASH_KEY ?? '',
  };
};

export default config;
