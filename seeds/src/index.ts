export { readDemoContent, DEMO_CONTENT_DIR } from './read-demo-content';
export { loadDemoContent, totalFailed, type LoadReport, type Kind, type Counts } from './load-demo-content';
export { ensureDemoAccounts, DEMO_LOGINS, DEMO_TOKEN_NAME, type DemoAccounts } from './demo-accounts';
export { SeedError } from './seed-error';
export type * from './content-types';
