/**
 * Enums and rules the bot contract shares with the analytics API.
 * lead: unify with the bot contract's (locales, AUDIENCES, slug and channel rules).
 */

/** The content locales (Finnish default, Swedish). */
export const CONTENT_LOCALES = ['fi', 'sv'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export const AUDIENCES = ['resident', 'professional', 'business', 'city'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The two kinds of knowledge-base entries a bot answers with. */
export const ENTRY_KINDS = ['answer', 'path'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A knowledge-base slug (answers, paths, partners, step keys): lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest bot channel name. */
export const CHANNEL_MAX_LENGTH = 40;
/** A bot channel name (web_chat): a–z 0–9 _, 1–40 characters, never `__proto__` or `constructor`. */
export const CHANNEL_PATTERN = new RegExp(`^(?!(?:__proto__|constructor)$)[a-z0-9_]{1,${CHANNEL_MAX_LENGTH}}$`);
/** How a 400 describes CHANNEL_PATTERN. */
export const CHANNEL_RULE = `a channel name of 1–${CHANNEL_MAX_LENGTH} characters a–z 0–9 _ (e.g. web_chat)`;

/** The channels the demo and the savings defaults know; the API accepts any CHANNEL_PATTERN name. */
export const KNOWN_CHANNELS = ['web_chat', 'phone_bot', 'professional_chat'] as const;
