import type { Audience } from '../content-types';
import type { HandoffChannel } from './usage-event';

export interface UsagePhrasings {
  fi: string[];
  sv: string[];
}

export interface UsageOptionTarget {
  step?: string;
  answer?: string;
  partner?: string;
  handoff?: HandoffChannel;
  end?: boolean;
}

/** The knowledge base as the usage generator needs it. */
export interface UsageContent {
  answers: Array<{
    slug: string;
    audience: Audience;
    partners: string[];
    handoff: HandoffChannel | null;
    phrasings: UsagePhrasings;
  }>;
  paths: Array<{
    slug: string;
    audience: Audience;
    steps: Array<{ key: string; options: Array<{ key: string; to: UsageOptionTarget }> }>;
    /** How users ask for the path (e.g. its name). Optional: the slug is used without it. */
    phrasings?: UsagePhrasings;
    /** Urgent-sounding asks that the bot answers with this path (safety triggers). Marks the path emergency-related. */
    urgentPhrasings?: UsagePhrasings;
  }>;
  partners: string[];
}
