import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';

const config = (): Core.Config.Plugin => ({
  'users-permissions': { config: { jwtSecret: readEnv().JWT_SECRET } },
  // The analytics API's routes and controllers (src/plugins/analytics-api; see README, "Architecture").
  'analytics-api': { enabled: true, resolve: './src/plugins/analytics-api' },
});

export default config;
