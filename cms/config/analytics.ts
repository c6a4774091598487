type Env = ((key: string, fallback?: string) => string | undefined) & { int(key: string, fallback?: number): number };

/**
 * Analytics: how long free text typed by residents is kept (days); per-user rate of report requests;
 * the key bots' session ids are hashed with (empty: derived from ENCRYPTION_KEY, see privacy/hash-session-id.ts).
 */
const config = ({ env }: { env: Env }) => ({
  retentionDays: env.int('ANALYTICS_RETENTION_DAYS', 180),
  // The dashboard loads about 8 reports at once; a burst of 60 leaves room for quick filter changes.
  rateLimit: { perSecond: env.int('ANALYTICS_RATE_LIMIT_PER_SEC', 10), burst: env.int('ANALYTICS_RATE_LIMIT_BURST', 60) },
  sessionHashKey: env('SESSION_HASH_KEY', '') ?? '',
});

export default config;
