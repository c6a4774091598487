import type { PartnerLink, PathStepSummary, SearchLocale } from '@botkb/search';

export const AUDIENCES = ['resident', 'professional', 'business', 'city'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A knowledge-base slug (answers, paths, partners, step keys): lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest bot channel name; every channel column is this wide. */
export const CHANNEL_MAX_LENGTH = 40;
/**
 * The one rule for a bot channel name (web_chat): a–z 0–9 _, 1–40 characters, and never `__proto__` or
 * `constructor`, names every object already has (channels become keys of per-channel settings and counts).
 */
export const CHANNEL_PATTERN = new RegExp(`^(?!(?:__proto__|constructor)$)[a-z0-9_]{1,${CHANNEL_MAX_LENGTH}}$`);
/** How a 400 describes CHANNEL_PATTERN. */
export const CHANNEL_RULE = `a channel name of 1–${CHANNEL_MAX_LENGTH} characters a–z 0–9 _ (e.g. web_chat)`;

export interface AskRequest {
  question: string;
  locale: SearchLocale;
  audience?: Audience;
  sessionId?: string;
  channel?: string;
}

export interface AskAnswer {
  slug: string;
  kind: 'answer' | 'path';
  title: string;
  body?: string;
  firstStep?: PathStepSummary | null;
  locale: SearchLocale;
  partners: PartnerLink[];
  handoff?: string;
  score: number;
  urgent?: boolean;
  /** The entry's own audience. */
  audience: Audience;
  /** True when no audience was asked or the entry's audience is the asked one. */
  audienceMatch: boolean;
}

export interface AskSuggestion {
  slug: string;
  kind: 'answer' | 'path';
  title: string;
  score: number;
  audience: Audience;
}

export interface AskResponse {
  answered: boolean;
  answer: AskAnswer | null;
  suggestions: AskSuggestion[];
}

/** What POST /api/bot/ask returns: the ranking and the id under which the server recorded the ask. */
export interface RecordedAskResponse extends AskResponse {
  /** A UUID; events (`answer_shown`, `feedback`) reference the ask by it. */
  askId: string;
}
