import { z } from 'zod';

/** Who an entry is written for, and who a bot says it talks to. */
export const AUDIENCES = ['resident', 'professional', 'business', 'city'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const audienceSchema = z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` });
