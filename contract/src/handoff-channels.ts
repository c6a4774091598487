import { z } from 'zod';
import { HANDOFF_CHANNELS } from './enum-values';

export { HANDOFF_CHANNELS, type HandoffChannel } from './enum-values';
export const handoffChannelSchema = z.enum(HANDOFF_CHANNELS, {
  error: `must be one of ${HANDOFF_CHANNELS.join(', ')}`,
});
