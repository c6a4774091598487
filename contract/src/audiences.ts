import { z } from 'zod';
import { AUDIENCES } from './enum-values';

export { AUDIENCES, type Audience } from './enum-values';
export const audienceSchema = z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` });
