/**
 * Enums and rules the bot contract shares with the analytics API.
 * They are the bot contract's own (one source), re-exported for the analytics modules and the UI.
 */

export { LOCALES as CONTENT_LOCALES, type Locale as ContentLocale } from '../enum-values';
export { AUDIENCES, ENTRY_KINDS, type Audience, type EntryKind } from '../enum-values';
export { HANDOFF_CHANNELS, OPTION_TARGETS, type HandoffChannel, type OptionTarget } from '../enum-values';
export { SLUG_PATTERN } from '../slug-pattern';
export { CHANNEL_MAX_LENGTH, CHANNEL_PATTERN, CHANNEL_RULE } from '../channel-pattern';

/** The channels the demo and the savings defaults know; the API accepts any CHANNEL_PATTERN name. */
export const KNOWN_CHANNELS = ['web_chat', 'phone_bot', 'professional_chat'] as const;
