import { join } from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';

// The path designer imports the contract's zod-free enums (guidance/validate-path-steps.ts): the bundle
// takes them from the contract's TypeScript source, as the analytics UI does, since its dist is CommonJS.
const contractEnums = join(__dirname, '..', '..', '..', 'contract', 'src', 'analytics', 'enums.ts');

export default (config: UserConfig) =>
  mergeConfig(config, { resolve: { alias: [{ find: /^@botkb\/contract\/enums$/, replacement: contractEnums }] } });
