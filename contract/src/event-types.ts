import { z } from 'zod';

/** The events bots send to POST /api/bot/events. */
export const EVENT_TYPES = [
  'conversation_started',
  'message',
  'path_started',
  'path_step',
  'path_completed',
  'path_abandoned',
  'answer_shown',
  'partner_link_clicked',
  'handoff_requested',
  'feedback',
  'conversation_ended',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const eventTypeSchema = z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` });
/** The most events one POST /api/bot/events may carry. */
export const MAX_EVENTS_PER_BATCH = 500;
