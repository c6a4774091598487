import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: requiredEnv(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredEnv(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requiredEnv(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredEnv(env, 'ENCRYPTION_KEY') },
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  flags: { nps: env.bool('FLAG_NPS', false), promoteEE: env.bool('FLAG_PROMOTE_EE', false) },
});

export default config;
