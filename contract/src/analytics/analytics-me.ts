import { z } from 'zod';
import { ANALYTICS_ROLES } from './analytics-enums';

/** GET /me: the logged-in user and what their analytics role may do. */
export const analyticsMeSchema = z.object({
  email: z.string(),
  firstname: z.string(),
  lastname: z.string(),
  role: z.enum(ANALYTICS_ROLES),
  canTriage: z.boolean(),
  canEditSavings: z.boolean(),
});
export type AnalyticsMe = z.infer<typeof analyticsMeSchema>;
