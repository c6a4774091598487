/** A `conversation_started` event `id` (also its session), now, from the Finnish web chat for residents. */
export const conversationStarted = (id: string) => ({
  id,
  type: 'conversation_started',
  sessionId: id,
  timestamp: new Date().toISOString(),
  channel: 'web_chat',
  locale: 'fi',
  audience: 'resident',
});
