import type { PartnerLink, PathStepSummary, SearchLocale } from '@botkb/search';

export const AUDIENCES = ['resident', 'professional', 'business', 'city'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A knowledge-base slug (answers, paths, partners, step keys): lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A bot channel name such as web_chat. */
export const CHANNEL_PATTERN = /^[a-z0-9_]{1,40}$/;

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
