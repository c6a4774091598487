import { rmSync } from 'node:fs';
import type { EmbeddedMeilisearch } from '@botkb/search';
import { dropTemplates } from './demo-template';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __MEILI__?: EmbeddedMeilisearch }).__MEILI__?.stop();
  if (process.env.TEST_MEILI_DATA_DIR) rmSync(process.env.TEST_MEILI_DATA_DIR, { recursive: true, force: true });
  if (process.env.TEST_TEMPLATE_DIR) await dropTemplates(process.env.TEST_TEMPLATE_DIR);
}
