type Env = ((key: string, fallback?: string) => string | undefined) & { int(key: string, fallback?: number): number };

/**
 * Analytics: how long free text typed by residents is kept (days); the key bots' session ids are hashed
 * with (empty: derived from ENCRYPTION_KEY, see privacy/hash-session-id.ts).
 */
const config = ({ env }: { env: Env }) => ({
  retentionDays: env.int('ANALYTICS_RETENTION_DAYS', 180),
  sessionHashKey: env('SESSION_HASH_KEY', '') ?? '',
});

export default config;
