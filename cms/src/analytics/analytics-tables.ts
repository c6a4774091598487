/**
 * Analytics tables, created outside Strapi's content-type schema: Strapi's
 * schema sync leaves tables it never tracked alone. Their layout is created
 * and changed only by migrations (cms/database/migrations). Raw events are the durable
 * record; reports read only the rollups (per day and per month × dimension),
 * which ingestion updates in the same transaction.
 */
export const TABLES = {
  events: 'botkb_events',
  daily: 'botkb_rollup_daily',
  monthly: 'botkb_rollup_monthly',
  sessionFlags: 'botkb_session_flags',
  groups: 'botkb_unanswered_groups',
  groupKeys: 'botkb_unanswered_keys',
  groupDaily: 'botkb_unanswered_daily',
  groupMonthly: 'botkb_unanswered_monthly',
  groupExamples: 'botkb_unanswered_examples',
  /** Content experts' merges and moves: a question key → the group its asks join from then on. */
  groupAliases: 'botkb_unanswered_aliases',
  /** Pairs of groups residents reworded as each other (rephrase-links.ts): conversations of evidence. */
  groupRephrases: 'botkb_unanswered_rephrases',
  publications: 'botkb_publications',
  /** Per entry and language: when its translated text last changed (translated-text.ts), with its fingerprint. */
  textChanges: 'botkb_text_changes',
  settings: 'botkb_settings',
  accessLog: 'botkb_access_log',
  conversations: 'botkb_conversations',
  /** Rollups of test traffic (bot tokens marked as test), kept apart: reports read them only with includeTest. */
  dailyTest: 'botkb_rollup_daily_test',
  monthlyTest: 'botkb_rollup_monthly_test',
  testClients: 'botkb_test_clients',
  /** Managers' named resource-simulation scenarios (resource-simulation.ts). */
  simulationScenarios: 'botkb_simulation_scenarios',
} as const;

export const ROLLUP_KEY = ['bucket', 'locale', 'audience', 'channel', 'metric', 'subject', 'detail'] as const;
