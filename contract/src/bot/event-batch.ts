import { z } from 'zod';
import { MAX_EVENTS_PER_BATCH } from '../event-types';
import { botEventSchema } from './bot-event';

/** The body of POST /api/bot/events. */
export const eventBatchSchema = z.strictObject({
  events: z.array(botEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});
export type EventBatch = z.input<typeof eventBatchSchema>;

/** The answer of POST /api/bot/events once the batch is committed. */
export const eventBatchResultSchema = z.strictObject({
  data: z.strictObject({
    accepted: z.int().min(0).meta({ description: 'Events stored by this request' }),
    duplicates: z
      .int()
      .min(0)
      .meta({ description: 'Events whose id was already stored (or repeated in the batch); nothing changed for them' }),
  }),
});
export type EventBatchResult = z.infer<typeof eventBatchResultSchema>;
