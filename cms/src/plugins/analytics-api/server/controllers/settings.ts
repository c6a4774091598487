import { savingsParametersUpdateSchema, testClientUpdateSchema } from '@botkb/contract';
import { failValidation } from '../../../../validation-failure';
import { parseInput } from '../../../../analytics/parse-input';
import type { AnalyticsAction, AnalyticsDeps } from '../analytics-deps';
import { canEditSavings, canTriage } from '../analytics-access';
import { bodyOf } from '../body-of';

/** The caller's account and role, the savings parameters and which bot tokens are test traffic. */
export function settingsController({ analytics }: AnalyticsDeps) {
  return {
    me: async (ctx, role) => {
      const u = ctx.state.user;
      ctx.body = {
        data: {
          email: u.email,
          firstname: u.firstname ?? '',
          lastname: u.lastname ?? '',
          role,
          canTriage: canTriage(role),
          canEditSavings: canEditSavings(role),
        },
      };
    },
    savingsParameters: async (ctx) => {
      ctx.body = { data: { id: 'savings-parameters', ...(await analytics.savingsParameters()) } };
    },
    updateSavingsParameters: async (ctx) => {
      const body = parseInput(savingsParametersUpdateSchema, ctx.request.body, 'is not a savings parameter');
      const { id: _id, ...p } = body;
      await analytics.saveSavingsParameters(p, ctx.state.user.email);
      ctx.body = { data: { id: 'savings-parameters', ...p } };
    },
    testClients: async (ctx) => {
      const rows = (await analytics.testClients.list()).map((c) => ({ id: c.clientId, ...c }));
      ctx.body = { data: rows, total: rows.length, meta: {} };
    },
    // Marks a bot token as test (or not): its traffic from then on is kept out of the reports by default.
    markTestClient: async (ctx) => {
      const raw = String(ctx.params.tokenId);
      if (!/^\d{1,9}$/.test(raw)) failValidation(['tokenId'], 'must be the id of a bot API token');
      const { test } = bodyOf(ctx, testClientUpdateSchema);
      const clientId = await analytics.markTestToken(Number(raw), test, ctx.state.user.email);
      ctx.body = { data: { id: clientId, clientId, test } };
    },
  } satisfies Record<string, AnalyticsAction>;
}
