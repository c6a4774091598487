import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';

const config = (): Core.Config.Admin => {
  const env = readEnv();
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    serveAdminPanel: env.SERVE_ADMIN,
    flags: { nps: env.FLAG_NPS, promoteEE: env.FLAG_PROMOTE_EE },
  };
};

export default config;
