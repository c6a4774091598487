import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AnalyticsService } from '../../../analytics/analytics-service';
import { respondTooManyRequests } from '../../../respond-too-many-requests';
import { PERMISSIONS, roleOf, type RouteAccess } from './analytics-access';
import type { AnalyticsAction } from './analytics-deps';

/**
 * Declares one analytics route. Every route is rate-limited per user (429) and needs an analytics
 * role (else 403), checked after the ask rollup (see RouteAccess); the admin session (JWT) is
 * checked first, by the admin router's authentication and the isAuthenticatedAdmin policy.
 */
export function analyticsRoute(analytics: AnalyticsService) {
  return (method: Core.HTTPMethod, path: string, action: AnalyticsAction, access: RouteAccess = {}) => ({
    method,
    path,
    handler: async (ctx: any) => {
      const wait = await analytics.limiter.take(`admin:${ctx.state.user?.id}`);
      if (wait > 0) return respondTooManyRequests(ctx, wait);
      if (access.asks) await analytics.catchUp();
      const role = roleOf(ctx);
      if (access.requires && !PERMISSIONS[access.requires].allowed(role))
        throw new errors.ForbiddenError(PERMISSIONS[access.requires].message);
      await action(ctx, role);
    },
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  });
}
