type Env = ((key: string, fallback?: string) => string | undefined) & { int(key: string, fallback?: number): number };

/** Analytics: how long free text typed by residents is kept (days). */
const config = ({ env }: { env: Env }) => ({
  retentionDays: env.int('ANALYTICS_RETENTION_DAYS', 180),
});

export default config;
