import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { analyticsService } from '../src/services';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requiredEnv(env, 'APP_KEYS').split(',') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
    tasks: {
      // Retention: delete residents' free text older than ANALYTICS_RETENTION_DAYS, nightly at 03:15 Helsinki time.
      purgeExpiredTexts: {
        task: async ({ strapi }: { strapi: Core.Strapi }) => {
          const result = await analyticsService(strapi).purgeExpired();
          strapi.log.info(`retention: cleared ${result.asks} questions, ${result.comments} comments, ${result.examples} examples`);
        },
        options: { rule: '15 3 * * *', tz: 'Europe/Helsinki' },
      },
    },
  },
});

export default config;
