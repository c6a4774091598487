import { errors } from '@strapi/utils';
import type { AnalyticsRole } from '@botkb/contract';
import { CONTENT_EXPERT_ROLE_CODE, MANAGER_ROLE_CODE } from '../../../bootstrap/ensure-roles';

type Ctx = any;

const ROLE_BY_CODE: Record<string, AnalyticsRole> = {
  'strapi-super-admin': 'admin',
  [CONTENT_EXPERT_ROLE_CODE]: 'content_expert',
  [MANAGER_ROLE_CODE]: 'manager',
};

/** The analytics role of the logged-in admin user (highest of their roles), or a 403. */
export function roleOf(ctx: Ctx): AnalyticsRole {
  const codes: string[] = (ctx.state.user?.roles ?? []).map((r: { code: string }) => r.code);
  for (const role of ['admin', 'content_expert', 'manager'] as const)
    if (codes.some((c) => ROLE_BY_CODE[c] === role)) return role;
  throw new errors.ForbiddenError('Analytics are for managers and content experts');
}
export const canTriage = (role: AnalyticsRole) => role !== 'manager';
export const canEditSavings = (role: AnalyticsRole) => role !== 'content_expert';

/** Permissions some routes require beyond an analytics role, with the 403 message for roles without them. */
export const PERMISSIONS = {
  triage: { allowed: canTriage, message: 'Only content experts can triage unanswered questions' },
  editSavings: { allowed: canEditSavings, message: 'Only managers can change the savings parameters' },
  markTestTraffic: { allowed: canEditSavings, message: 'Only managers and administrators can mark test traffic' },
  saveScenarios: {
    allowed: canEditSavings,
    message: 'Only managers and administrators can save or delete simulation scenarios',
  },
} as const;

/** What a route asks of the caller and of the ask record before its action runs. */
export interface RouteAccess {
  /**
   * The answer reads question counts (questions, answered, unanswered) or
   * unanswered-question groups or conversations resolved by the bot (savings),
   * which come from the ask record: roll up asks
   * recorded since the last rollup first, so it always matches the record.
   */
  asks?: boolean;
  /** Only roles with this permission may call the route. */
  requires?: keyof typeof PERMISSIONS;
}
