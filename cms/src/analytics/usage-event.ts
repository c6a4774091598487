import type { Audience, EventType, HandoffChannel, Locale, Urgency } from '@botkb/contract';

export { EVENT_TYPES, HANDOFF_CHANNELS, MAX_EVENTS_PER_BATCH, URGENCIES, type EventType } from '@botkb/contract';

/** One validated event as the server stores it (the wire format is the contract's BotEvent); `comment` is redacted. */
export interface UsageEvent {
  id: string;
  type: EventType;
  sessionId: string;
  /** Epoch milliseconds. */
  occurredAt: number;
  channel: string;
  locale: Locale;
  audience: Audience;
  role?: 'user' | 'bot';
  pathSlug?: string;
  stepKey?: string;
  option?: string;
  answerSlug?: string;
  partnerSlug?: string;
  handoffChannel?: HandoffChannel;
  reason?: string;
  urgency?: Urgency;
  helpful?: boolean;
  comment?: string;
  /** The ask (POST /bot/ask's askId) an answer_shown or feedback event is about. */
  askId?: string;
}
