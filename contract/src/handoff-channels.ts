import { z } from 'zod';

/** Where a bot hands a conversation over to people. */
export const HANDOFF_CHANNELS = ['live_chat', 'callback', 'video', 'phone'] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];
export const handoffChannelSchema = z.enum(HANDOFF_CHANNELS, {
  error: `must be one of ${HANDOFF_CHANNELS.join(', ')}`,
});
