import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';

const config = (): Core.Config.Plugin => ({
  'users-permissions': { config: { jwtSecret: readEnv().JWT_SECRET } },
});

export default config;
