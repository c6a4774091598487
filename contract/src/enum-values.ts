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
