import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { refuseLoginWithRetryAfter } from '../src/security/refuse-login-with-retry-after';

// Strapi's type leaves out the options it passes on to koa2-ratelimit, such as `handler`.
type RateLimit = NonNullable<Core.Config.Admin['rateLimit']> & { handler: typeof refuseLoginWithRetryAfter };

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin & { rateLimit: RateLimit } => ({
  auth: { secret: requiredEnv(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredEnv(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requiredEnv(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredEnv(env, 'ENCRYPTION_KEY') },
  // Login and the other admin-auth routes: Strapi's limit (5 per 5 min per email and IP), with Retry-After.
  rateLimit: { handler: refuseLoginWithRetryAfter },
  serveAdminPanel: env.bool('SERVE_ADMIN', true),
  flags: { nps: env.bool('FLAG_NPS', false), promoteEE: env.bool('FLAG_PROMOTE_EE', false) },
});

export default config;
