import { z } from 'zod';

/** How urgent a handoff is. */
export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const urgencySchema = z.enum(URGENCIES, { error: `must be one of ${URGENCIES.join(', ')}` });
