// A throw-away instance of the whole system for eval and bench: its own
// temp folder, SQLite file (unless DATABASE_CLIENT=postgres), Meilisearch and ports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { generateSecrets } from './secrets.mjs';
import { startStack, waitForSearchSync } from './stack.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startTempStack(extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'botkb-run-'));
  const stack = await startStack({
    secrets: generateSecrets(),
    dataDir: dir,
    port: await freePort(),
    quiet: true,
    env: {
      DATABASE_FILENAME: join(dir, 'data.db'),
      SERVE_ADMIN: 'false',
      LOG_LEVEL: 'warn',
      BOT_RATE_LIMIT_PER_SEC: '1000000',
      BOT_RATE_LIMIT_BURST: '1000000',
      SEED_USAGE_HISTORY: 'false',
      ...extraEnv,
    },
  });
  const stop = async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForSearchSync(stack);
  } catch (error) {
    await stop(); // the caller never gets the stack: do not leave its Strapi and Meilisearch running
    throw error;
  }
  return { ...stack, dir, stop };
}

/**
 * Installs/builds if needed, runs `fn` against a throw-away system with the
 * demo content, stops it, and exits non-zero on failure (eval and bench).
 */
export async function withTempStack(fn) {
  const { ensureInstalled, ensureBuilt, say } = await import('./steps.mjs');
  try {
    await ensureInstalled();
    await ensureBuilt({ admin: false });
    say('starting a throw-away system with the demo content');
    const stack = await startTempStack();
    try {
      await fn(stack);
    } finally {
      await stack.stop();
    }
  } catch (error) {
    console.error(`✖ ${error.stack ?? error.message}`);
    process.exit(1);
  }
}
