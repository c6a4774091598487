export { readDemoContent, DEMO_CONTENT_DIR } from './read-demo-content';
export { demoLexiconTexts } from './demo-lexicon-texts';
export { loadDemoContent, totalFailed, type LoadReport, type Kind, type Counts } from './load-demo-content';
export {
  ensureDemoAccounts,
  DEMO_LOGINS,
  DEMO_TOKEN_NAME,
  DEMO_BOT_TOKEN_NAME,
  BOT_PERMISSIONS,
  type DemoAccounts,
  type TokenStore,
} from './demo-accounts';
export { SeedError } from './seed-error';
export type * from './content-types';
export * from './usage';
export { loadUsageHistory, type UsageHistoryReport } from './load-usage-history';
export { loadQuestionBank, DEMO_BANK_FILE } from './load-question-bank';
