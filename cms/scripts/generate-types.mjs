#!/usr/bin/env node
// Writes Strapi's generated content-type and component types (contentTypes.d.ts, components.d.ts)
// from the compiled cms/dist: into cms/types/generated, or into `--out <dir>` (the staleness test's).
// `npm run types` compiles first; the files are committed, so `UID.ContentType` and
// `strapi.documents('api::answer.answer')` are typed everywhere without a running Strapi.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { CMS } from './lib/steps.mjs';
import { generateSecrets } from './lib/secrets.mjs';

const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(values.out ?? join(CMS, 'types'));

// Registering Strapi reads the validated configuration: throw-away secrets and database suffice,
// since nothing is stored and no server starts.
const scratch = mkdtempSync(join(tmpdir(), 'botkb-types-'));
for (const [key, value] of Object.entries(generateSecrets())) process.env[key] ??= value;
process.env.DATABASE_CLIENT = 'sqlite';
process.env.DATABASE_FILENAME = join(scratch, 'types.db');
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.chdir(CMS);

const { createStrapi } = require('@strapi/strapi');
const { generators } = require('@strapi/typescript-utils');
const strapi = await createStrapi({ appDir: CMS, distDir: join(CMS, 'dist') }).register();
const reports = await generators.generate({
  strapi,
  pwd: CMS,
  rootDir: relative(CMS, outDir),
  logger: { silent: true },
  artifacts: { contentTypes: true, components: true },
});
rmSync(scratch, { recursive: true, force: true });
const missing = ['contentTypes', 'components'].filter((artifact) => !(artifact in reports));
if (missing.length > 0) {
  console.error(`✖ no types generated for ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`generated types in ${join(outDir, 'generated')}`);
// Not strapi.destroy(): bootstrap never ran, so the services' stop() would flush state never loaded.
process.exit(0);
