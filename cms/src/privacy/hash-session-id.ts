import { createHmac, hkdfSync } from 'node:crypto';

/** Marks a stored session id as a hash (raw ids from before hashing lack it). */
export const HASHED_SESSION_ID_PREFIX = 'h:';
/** Bytes of the HMAC kept: 24 bytes are 32 base64url characters, 34 with the prefix (columns hold 100). */
const HASH_BYTES = 24;
const HASHED = /^h:[A-Za-z0-9_-]{32}$/;

/**
 * The key session ids are hashed with: SESSION_HASH_KEY, or when that is not
 * set one derived from ENCRYPTION_KEY with HKDF-SHA-256 (installs from before
 * the variable keep working without it).
 */
export function sessionHashKey(sessionKey: string | undefined, encryptionKey: string): Buffer {
  if (sessionKey) return Buffer.from(sessionKey, 'utf8');
  return Buffer.from(hkdfSync('sha256', encryptionKey, 'botkb', 'session-id-hash', 32));
}

/**
 * What is stored instead of a bot's session id: a keyed hash (HMAC-SHA-256,
 * truncated), so one session's events still group together while the bot's
 * own identifier cannot be read back.
 */
export function hashSessionId(sessionId: string, key: Buffer): string {
  const digest = createHmac('sha256', key).update(sessionId, 'utf8').digest().subarray(0, HASH_BYTES);
  return HASHED_SESSION_ID_PREFIX + digest.toString('base64url');
}

/** Whether a stored session id is already a hash. */
export function isHashedSessionId(value: string): boolean {
  return HASHED.test(value);
}
