#!/usr/bin/env node
// Installs what is missing and compiles (no admin build); used by `npm run seed`.
import { join } from 'node:path';
import { ensureInstalled, ensureBuilt, CMS } from './lib/steps.mjs';
import { ensureSecretsFile } from './lib/secrets.mjs';

try {
  await ensureInstalled();
  ensureSecretsFile(join(CMS, '.env'));
  await ensureBuilt({ admin: false });
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
