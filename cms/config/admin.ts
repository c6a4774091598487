import type { Core } from '@strapi/strapi';
import { readEnv } from '../src/config/env-schema';
import { refuseLoginWithRetryAfter } from '../src/security/refuse-login-with-retry-after';

// Strapi's type leaves out the options it passes on to koa2-ratelimit, such as `handler`.
type RateLimit = NonNullable<Core.Config.Admin['rateLimit']> & { handler: typeof refuseLoginWithRetryAfter };

const config = (): Core.Config.Admin & { rateLimit: RateLimit } => {
  const env = readEnv();
  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    // Login and the other admin-auth routes: Strapi's limit (5 per 5 min per email and IP), with Retry-After.
    rateLimit: { handler: refuseLoginWithRetryAfter },
    serveAdminPanel: env.SERVE_ADMIN,
    flags: { nps: env.FLAG_NPS, promoteEE: env.FLAG_PROMOTE_EE },
  };
};

export default config;
