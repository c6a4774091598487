import { errors } from '@strapi/utils';
import { ANALYTICS_OPERATIONS, type AnalyticsOperation, type AnalyticsRole } from '@botkb/contract';
import { CONTENT_EXPERT_ROLE_CODE, MANAGER_ROLE_CODE } from '../../../bootstrap/ensure-roles';

type Ctx = any;

const ROLE_BY_CODE: Record<string, AnalyticsRole> = {
  'strapi-super-admin': 'admin',
  [CONTENT_EXPERT_ROLE_CODE]: 'content_expert',
  [MANAGER_ROLE_CODE]: 'manager',
};

const ROLE_NAMES: Record<AnalyticsRole, string> = {
  admin: 'administrators',
  content_expert: 'content experts',
  manager: 'managers',
};

/** The analytics role of the logged-in admin user (highest of their roles), or a 403. */
export function roleOf(ctx: Ctx): AnalyticsRole {
  const codes: string[] = (ctx.state.user?.roles ?? []).map((r: { code: string }) => r.code);
  for (const role of ['admin', 'content_expert', 'manager'] as const)
    if (codes.some((c) => ROLE_BY_CODE[c] === role)) return role;
  throw new errors.ForbiddenError('Analytics are for managers and content experts');
}

/**
 * The contract's operation for a mounted route (`/unanswered/:id` is `/unanswered/{id}`): who may call it is
 * its `roles`, one list for the server and analytics-api.json. A route the contract lacks is a start-up error.
 */
export function operationOf(method: string, path: string): AnalyticsOperation {
  const openApiPath = path.replace(/:(\w+)/g, '{$1}');
  const op = ANALYTICS_OPERATIONS.find((o) => o.method === method.toLowerCase() && o.path === openApiPath);
  if (!op) throw new Error(`${method} /analytics-api${path} is not in the contract (analytics-operations.ts)`);
  return op;
}

/** The 403 for a role the operation does not allow, naming who may. */
export function refuseRole(op: AnalyticsOperation, role: AnalyticsRole): void {
  if (op.roles.includes(role)) return;
  const who = op.roles.map((r) => ROLE_NAMES[r]).join(' and ');
  throw new errors.ForbiddenError(`Only ${who} can call ${op.method.toUpperCase()} /analytics-api${op.path}`);
}

/** What the analytics UI shows as editable, from the operations that change it. */
export const canTriage = (role: AnalyticsRole) => operationOf('PUT', '/unanswered/:id').roles.includes(role);
export const canEditSavings = (role: AnalyticsRole) => operationOf('PUT', '/savings-parameters').roles.includes(role);

/** What a route asks of the ask record before its action runs. */
export interface RouteAccess {
  /**
   * The answer reads question counts (questions, answered, unanswered) or
   * unanswered-question groups or conversations resolved by the bot (savings),
   * which come from the ask record: roll up asks
   * recorded since the last rollup first, so it always matches the record.
   */
  asks?: boolean;
}
