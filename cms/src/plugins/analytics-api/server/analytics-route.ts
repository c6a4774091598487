import type { Core } from '@strapi/strapi';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import { respondTooManyRequests } from '../../../respond-too-many-requests';
import { operationOf, refuseRole, roleOf, type RouteAccess } from './analytics-access';
import type { AnalyticsAction } from './analytics-deps';

/**
 * Declares one analytics route. Every route is rate-limited per user (429) and needs a role its
 * contract operation allows (else 403), checked after the ask rollup (see RouteAccess); the admin
 * session (JWT) is checked first, by the admin router's authentication and the isAuthenticatedAdmin policy.
 */
export function analyticsRoute(analytics: AnalyticsService) {
  return (method: Core.HTTPMethod, path: string, action: AnalyticsAction, access: RouteAccess = {}) => {
    const op = operationOf(method, path);
    return {
      method,
      path,
      handler: async (ctx: any) => {
        const wait = await analytics.limiter.take(`admin:${ctx.state.user?.id}`);
        if (wait > 0) return respondTooManyRequests(ctx, wait);
        if (access.asks) await analytics.catchUp();
        const role = roleOf(ctx);
        refuseRole(op, role);
        await action(ctx, role);
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    };
  };
}
