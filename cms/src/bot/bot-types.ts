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
}

export interface AskSuggestion { slug: string; kind: 'answer' | 'path'; title: string; score: number }

export interface AskResponse {
  answered: boolean;
  answer: AskAnswer | null;
  suggestions: AskSuggestion[];
}
