/**
 * One embedded Meilisearch for the whole run (each suite uses its own index prefix), and a directory
 * for the run's seeded template databases (test/helpers/demo-template.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedMeilisearch } from '@botkb/search';
import { prepareTemplates } from './demo-template';

export default async function globalSetup(): Promise<void> {
  const masterKey = randomBytes(24).toString('base64url');
  const dataDir = mkdtempSync(join(tmpdir(), 'botkb-meili-'));
  const meili = await startEmbeddedMeilisearch({ dataDir, masterKey });
  process.env.MEILI_HOST = meili.host;
  process.env.MEILI_MASTER_KEY = masterKey;
  process.env.TEST_MEILI_DATA_DIR = dataDir;
  (globalThis as { __MEILI__?: typeof meili }).__MEILI__ = meili;
  const templates = mkdtempSync(join(tmpdir(), 'botkb-templates-'));
  process.env.TEST_TEMPLATE_DIR = templates;
  console.log(`\nseeded template databases ready in ${(await prepareTemplates(templates)).toFixed(1)} s`);
}
