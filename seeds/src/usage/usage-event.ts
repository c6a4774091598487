/** Wire format of the generated usage history (what bots POST to /api/bot/events, and the ask log). */
import type { Audience, Handoff, Locale } from '../content-types';

export type UsageChannel = 'web_chat' | 'phone_bot' | 'professional_chat';
export type HandoffChannel = Handoff;
export type HandoffReason = 'no_answer' | 'user_request' | 'urgent_symptoms' | 'complex_case' | 'technical_problem';
export type HandoffUrgency = 'emergency' | 'urgent' | 'normal';

export interface UsageEventBase {
  /** Unique, deterministic: `gen-<seed>-<counter base36>`. */
  id: string;
  sessionId: string;
  /** ISO 8601 UTC, e.g. `2025-03-03T07:12:45.120Z`. */
  timestamp: string;
  channel: UsageChannel;
  locale: Locale;
  audience: Audience;
}

export type UsageEvent = UsageEventBase & (
  | { type: 'conversation_started' }
  | { type: 'message'; role: 'user' | 'bot' }
  | { type: 'path_started'; pathSlug: string }
  | { type: 'path_step'; pathSlug: string; stepKey: string; option: string }
  | { type: 'path_completed'; pathSlug: string }
  | { type: 'path_abandoned'; pathSlug: string; stepKey: string }
  | { type: 'answer_shown'; answerSlug: string }
  | { type: 'partner_link_clicked'; partnerSlug: string }
  | { type: 'handoff_requested'; handoffChannel: HandoffChannel; reason: HandoffReason; urgency: HandoffUrgency }
  | { type: 'feedback'; answerSlug: string; helpful: boolean; comment?: string }
  | { type: 'feedback'; pathSlug: string; helpful: boolean; comment?: string }
  | { type: 'conversation_ended' }
);

export type UsageEventType = UsageEvent['type'];

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
