import type { Core } from '@strapi/strapi';
import { analyticsService, botService } from '../../../services';

/**
 * Bot routes are `auth: false` in Strapi's sense and authenticated here instead,
 * against a short-lived token cache (see bot/bot-token-authenticator.ts): the
 * route's config names the action the token must hold.
 */
export default (config: { action: string }, { strapi }: { strapi: Core.Strapi }) => {
  if (!config?.action) throw new Error('api::bot.token-auth needs config.action');
  return async (ctx: any, next: () => Promise<void>) => {
    const result = await botService(strapi).authenticator.authenticate(ctx.request.header.authorization, config.action);
    if (!result.ok) {
      ctx.status = result.status;
      const name = result.status === 401 ? 'UnauthorizedError' : 'ForbiddenError';
      ctx.body = { data: null, error: { status: result.status, name, message: result.message, details: {} } };
      return;
    }
    ctx.state.auth = { strategy: { name: 'bot-token' }, credentials: result.token };
    ctx.state.isAuthenticated = true;
    // The client a request counts against (rate limit) and is recorded under (asks, events).
    ctx.state.botClientId = `token:${result.token.id}`;
    // Traffic of a token marked as test is flagged and kept out of the reports (analytics/test-clients.ts).
    ctx.state.botTest = await analyticsService(strapi).testClients.has(ctx.state.botClientId);
    await next();
  };
};
