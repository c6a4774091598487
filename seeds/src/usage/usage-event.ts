/** Wire format of the generated usage history (what bots POST to /api/bot/events, and the ask log). */
import type { BotEvent, EventType, Urgency } from '@botkb/contract';
import type { Audience, Handoff, Locale } from '../content-types';

export type UsageChannel = 'web_chat' | 'phone_bot' | 'professional_chat';
export type HandoffChannel = Handoff;
export type { HandoffReason } from '@botkb/contract';
export type HandoffUrgency = Urgency;

/** One generated event: the contract's wire format (what bots POST to /api/bot/events). */
export type UsageEvent = BotEvent;
export type UsageEventType = EventType;

/** A question the user typed, as the server records it in its ask log. */
export interface UsageAsk {
  askedAt: string;
  sessionId: string;
  locale: Locale;
  audience: Audience;
  channel: UsageChannel;
  question: string;
  answered: boolean;
  answerSlug: string | null;
  answerKind: 'answer' | 'path' | null;
  score: number | null;
  /** Generator's label of an unanswered ask: its intent, an index into UNANSWERED_QUESTIONS[locale] (not sent). */
  intent?: number;
}

export type UsageItem = { kind: 'event'; event: UsageEvent } | { kind: 'ask'; ask: UsageAsk };
