import type { Core } from '@strapi/strapi';
import { ANALYTICS_OPERATIONS } from '@botkb/contract';
import analyticsRoutes from '../../cms/src/plugins/analytics-api/server/routes/analytics';
import {
  canEditSavings,
  canTriage,
  operationOf,
  refuseRole,
} from '../../cms/src/plugins/analytics-api/server/analytics-access';

/** The route table with services that are never called: the handlers only run on a request. */
const mounted = analyticsRoutes({ strapi: { get: () => ({}) } as unknown as Core.Strapi }).routes;
const asOperation = (r: { method: string; path: string }) =>
  `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`;

describe('the analytics routes and the contract (analytics-api.json) are one list', () => {
  it('mounts every documented operation, and documents every mounted route', () => {
    const documented = ANALYTICS_OPERATIONS.map((o) => `${o.method} ${o.path}`).sort();
    expect(mounted.map(asOperation).sort()).toEqual(documented);
  });

  it('refuses a route the contract lacks when the routes are declared', () => {
    expect(() => operationOf('GET', '/not-documented')).toThrow(/not in the contract/);
  });

  it("allows exactly the operation's roles, and the 403 names who may", () => {
    const triage = operationOf('PUT', '/unanswered/:id');
    expect(() => refuseRole(triage, 'content_expert')).not.toThrow();
    expect(() => refuseRole(triage, 'manager')).toThrow(
      'Only administrators and content experts can call PUT /analytics-api/unanswered/{id}',
    );
    const savings = operationOf('PUT', '/savings-parameters');
    expect(() => refuseRole(savings, 'content_expert')).toThrow(/Only administrators and managers/);
  });

  it('tells the UI what the caller may change from the same operations', () => {
    expect([canTriage('admin'), canTriage('content_expert'), canTriage('manager')]).toEqual([true, true, false]);
    expect([canEditSavings('admin'), canEditSavings('content_expert'), canEditSavings('manager')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
