/** A knowledge-base slug (answers, paths, partners, step and option keys): lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest slug the bot API accepts. */
export const SLUG_MAX_LENGTH = 200;
/** The longest step or option key. */
export const KEY_MAX_LENGTH = 60;
