import { readEnv } from '../src/config/env-schema';

/** Analytics: how long free text typed by residents is kept (days); where the built UI is. */
const config = () => {
  const env = readEnv();
  return { retentionDays: env.ANALYTICS_RETENTION_DAYS, uiDir: env.ANALYTICS_UI_DIR ?? null };
};

export default config;
