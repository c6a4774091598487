import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';
import { analyticsService } from '../src/services';

const config = (): Core.Config.Server => {
  const env = readEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL,
    app: { keys: env.APP_KEYS },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
    cron: {
      enabled: env.CRON_ENABLED,
      tasks: {
        // Retention: delete residents' free text older than ANALYTICS_RETENTION_DAYS, nightly at 03:15 Helsinki time.
        purgeExpiredTexts: {
          task: async ({ strapi }: { strapi: Core.Strapi }) => {
            const result = await analyticsService(strapi).purgeExpired();
            const cleared = `${result.asks} questions, ${result.comments} comments, ${result.examples} examples`;
            strapi.log.info(`retention: cleared ${cleared}`);
          },
          options: { rule: '15 3 * * *', tz: 'Europe/Helsinki' },
        },
      },
    },
  };
};

export default config;
