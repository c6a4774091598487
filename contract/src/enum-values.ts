/**
 * The shared enums as plain values, free of zod, so a browser bundle (the analytics UI, through
 * `@botkb/contract/enums`) can import them without the schemas. The schemas build on these.
 */

/** The content locales: Finnish (default) and Swedish. */
export const LOCALES = ['fi', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];

/** Who an entry is written for, and who a bot says it talks to. */
export const AUDIENCES = ['resident', 'professional', 'business', 'city'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The two kinds of knowledge-base entries a bot answers with. */
export const ENTRY_KINDS = ['answer', 'path'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where a bot hands a conversation over to people. */
export const HANDOFF_CHANNELS = ['live_chat', 'callback', 'video', 'phone'] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];

/** What a guidance-path option leads to. */
export const OPTION_TARGETS = ['step', 'answer', 'partner', 'handoff', 'end'] as const;
export type OptionTarget = (typeof OPTION_TARGETS)[number];
