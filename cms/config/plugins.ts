import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': { config: { jwtSecret: requiredEnv(env, 'JWT_SECRET') } },
});

export default config;
