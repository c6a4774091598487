/** The longest bot channel name; every channel column is this wide. */
export const CHANNEL_MAX_LENGTH = 40;
/**
 * The one rule for a bot channel name (web_chat): a–z 0–9 _, 1–40 characters, and never `__proto__` or
 * `constructor`, names every object already has (channels become keys of per-channel settings and counts).
 */
export const CHANNEL_PATTERN = new RegExp(`^(?!(?:__proto__|constructor)$)[a-z0-9_]{1,${CHANNEL_MAX_LENGTH}}$`);
/** How a 400 describes CHANNEL_PATTERN. */
export const CHANNEL_RULE = `a channel name of 1–${CHANNEL_MAX_LENGTH} characters a–z 0–9 _ (e.g. web_chat)`;
