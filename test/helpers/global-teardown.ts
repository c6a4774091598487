import { rmSync } from 'node:fs';
import type { EmbeddedMeilisearch } from '@botkb/search';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __MEILI__?: EmbeddedMeilisearch }).__MEILI__?.stop();
  if (process.env.TEST_MEILI_DATA_DIR) rmSync(process.env.TEST_MEILI_DATA_DIR, { recursive: true, force: true });
}
