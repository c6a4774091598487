/**
 * Tables the CMS instances of one deployment share through PostgreSQL (created by
 * migration 005; unused on SQLite, where the CMS runs as one instance).
 */
export const CLUSTER_TABLES = {
  /** One row per kind of derived state (change-bus.ts): its revision, bumped by every change. */
  revisions: 'botkb_revisions',
  /**
   * What each revision of a kind changed (change-bus.ts, ChangeDetail), one row per item, so other
   * instances update just that; a revision without rows (or pruned) means "reload everything".
   */
  changeLog: 'botkb_change_log',
  /** rate-limiter-flexible's store (key, points, expire) for the limits shared by all instances. */
  rateLimits: 'botkb_rate_limits',
} as const;
