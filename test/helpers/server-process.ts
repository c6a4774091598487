import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, testStrapiEnv, type TestDatabase } from './test-strapi';

/**
 * CMS servers as child processes (test/helpers/strapi-process.js, cms-instance.js) for suites that kill,
 * restart or run several of them: a database and a temporary directory of their own, and a start that
 * resolves with the JSON line the process prints once it listens.
 */
export interface ProcessSuite {
  db: TestDatabase;
  /** A temporary directory (token files); removed by `cleanup`. */
  dir: string;
  /** process.env, the database's settings and testStrapiEnv(`extra(dir)`). */
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/** A fresh database and temporary directory (`botkb-<name>-…`) and the environment servers on them get. */
export async function processSuite(
  name: string,
  extra: (dir: string) => Record<string, string>,
): Promise<ProcessSuite> {
  const db = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), `botkb-${name}-`));
  const env = { ...process.env, ...db.env, ...testStrapiEnv(extra(dir)) };
  const cleanup = async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { db, dir, env, cleanup };
}

export interface ServerProcess<T> {
  child: ChildProcess;
  /** What the process printed once it listened. */
  started: T;
  /** Its exit code once it has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts `test/helpers/<script>` with `env` (and an IPC channel when `ipc`) and resolves with the JSON line it
 * prints once it listens; rejects, naming `name`, when it exits before.
 */
export async function spawnServerProcess<T>(
  script: string,
  env: NodeJS.ProcessEnv,
  { name = script, ipc = false }: { name?: string; ipc?: boolean } = {},
): Promise<ServerProcess<T>> {
  const stdio = ['ignore', 'pipe', 'inherit', ...(ipc ? ['ipc' as const] : [])] as const;
  const child = spawn(process.execPath, [join(__dirname, script)], { env, stdio: [...stdio] });
  let onExit: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      onExit(code);
      resolve(code);
    }),
  );
  const line = await new Promise<string>((resolve, reject) => {
    onExit = (code) => reject(new Error(`${name} exited with ${code} before listening`));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  onExit = () => undefined;
  return { child, started: JSON.parse(line) as T, exited };
}
