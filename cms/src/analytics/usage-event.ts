import type { SearchLocale } from '@botkb/search';
import type { Audience } from '../bot/bot-types';

/** The events bots send to POST /api/bot/events (wire format, validated). */
export const EVENT_TYPES = [
  'conversation_started', 'message', 'path_started', 'path_step', 'path_completed', 'path_abandoned',
  'answer_shown', 'partner_link_clicked', 'handoff_requested', 'feedback', 'conversation_ended',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const HANDOFF_CHANNELS = ['live_chat', 'callback', 'video', 'phone'] as const;
export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;
export const MAX_EVENTS_PER_BATCH = 500;

/** One validated event; free text (`comment`) is already redacted. */
export interface UsageEvent {
  id: string;
  type: EventType;
  sessionId: string;
  /** Epoch milliseconds. */
  occurredAt: number;
  channel: string;
  locale: SearchLocale;
  audience: Audience;
  role?: 'user' | 'bot';
  pathSlug?: string;
  stepKey?: string;
  option?: string;
  answerSlug?: string;
  partnerSlug?: string;
  handoffChannel?: (typeof HANDOFF_CHANNELS)[number];
  reason?: string;
  urgency?: (typeof URGENCIES)[number];
  helpful?: boolean;
  comment?: string;
  /** The ask (POST /bot/ask's askId) an answer_shown or feedback event is about. */
  askId?: string;
}

/** An ask id as /bot/ask returns it (crypto.randomUUID()). */
export const ASK_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
