/** Shapes of the demo-content files (see content/FORMAT.md). */
import type { Audience, HandoffChannel, Locale, PartnerKind } from '@botkb/contract';

export { LOCALES, type Audience, type Locale } from '@botkb/contract';
export type Localized<T> = Record<Locale, T>;
export type Handoff = HandoffChannel;

export interface TopicSeed {
  slug: string;
  name: Localized<string>;
}

export interface PartnerSeed {
  slug: string;
  name: string;
  url: string;
  kind: PartnerKind;
  phone: string | null;
  description: Localized<string>;
}

export interface AnswerSeed {
  slug: string;
  audience: Audience;
  topic: string;
  partners: string[];
  handoff: Handoff | null;
  owner: string;
  reviewDue: string | null;
  fi: { title: string; body: string; phrasings: string[] };
  sv?: { title: string; body: string; phrasings: string[] };
}

export type OptionTargetSeed =
  { step: string } | { answer: string } | { partner: string } | { handoff: Handoff } | { end: true };

export interface PathSeed {
  slug: string;
  audience: Audience;
  topic: string;
  owner: string;
  reviewDue?: string | null;
  name: Localized<string>;
  description: Localized<string>;
  /** Short ways residents ask for what the path helps with (matched like an answer's phrasings); optional. */
  phrasings?: Partial<Localized<string[]>>;
  steps: Array<{
    key: string;
    prompt: Localized<string>;
    /** `key`: the option's stable key (a slug, unique within the step; path_step events name it). */
    options: Array<{ key: string; label: Localized<string>; to: OptionTargetSeed }>;
  }>;
}

export interface VocabularySeed {
  stopWords: string[];
  synonyms: string[][];
}

export interface SafetyTriggerSeed {
  slug: string;
  description?: string;
  target: { path: string } | { answer: string };
  phrases: Localized<string[]>;
}

export interface DemoContent {
  topics: TopicSeed[];
  partners: PartnerSeed[];
  answers: AnswerSeed[];
  paths: PathSeed[];
  vocabulary: Localized<VocabularySeed>;
  safetyTriggers: SafetyTriggerSeed[];
}
