// Shared steps of `npm start`, `npm test` and `npm run seed`: install what is
// missing, build what is stale, and run child processes with visible progress.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSecrets } from './secrets.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CMS = join(ROOT, 'cms');
const BIN = join(ROOT, 'node_modules', '.bin');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const say = (msg) => console.log(`\x1b[36m▶\x1b[0m ${msg} \x1b[2m[${elapsed()}]\x1b[0m`);

/** Runs a command with inherited output; rejects with its exit code. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts, env: { ...process.env, ...opts.env } });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}
export const bin = (name) => join(BIN, name);

function hashFiles(files) {
  const h = createHash('sha256');
  for (const f of files) if (existsSync(f)) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}
function listFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listFiles(p, out);
    else out.push(p);
  }
  return out;
}
function stampFresh(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

/**
 * Runs `build` (announced with `label`) unless `output` exists and `stamp`
 * holds the hash of the `inputs` files; then records that hash in `stamp`.
 */
async function buildIfStale({ stamp, inputs, output, label, build }) {
  const hash = hashFiles(inputs);
  if (stampFresh(stamp, hash) && existsSync(output)) return;
  say(label);
  await build();
  writeFileSync(stamp, hash);
}

/** Builds the analytics UI (admin-ui/dist, served by the CMS at /analytics/) when its sources changed. */
export async function ensureAnalyticsUiBuilt() {
  const ui = join(ROOT, 'admin-ui');
  await buildIfStale({
    stamp: join(ui, 'dist', '.botkb-ui-stamp'),
    inputs: [join(ROOT, 'package-lock.json'), ...listFiles(ui)],
    output: join(ui, 'dist', 'index.html'),
    label: 'building the analytics UI (admin-ui)',
    build: () => run('npm', ['run', '--silent', '-w', 'admin-ui', 'build']),
  });
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export async function ensureInstalled() {
  const lock = join(ROOT, 'package-lock.json');
  const stamp = join(ROOT, 'node_modules', '.botkb-installed');
  const hash = hashFiles([
    lock,
    ...['', 'contract', 'cms', 'search', 'seeds', 'admin-ui', 'test'].map((w) => join(ROOT, w, 'package.json')),
  ]);
  if (stampFresh(stamp, hash) && existsSync(join(ROOT, 'node_modules', '@strapi', 'strapi'))) return;
  say('installing dependencies (first run: 2–4 minutes; better-sqlite3 compiles from source)');
  const env = {
    npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  await run('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], { env });
  writeFileSync(stamp, hash);
}

/** Compiles the TypeScript packages and the CMS server; builds the admin panel when asked and stale. */
export async function ensureBuilt({ admin = false } = {}) {
  say('type-checking and compiling contract, search, seeds and cms');
  await run(bin('tsc'), ['-p', 'contract/tsconfig.json']);
  await run(bin('tsc'), ['-p', 'search/tsconfig.json']);
  await run(bin('tsc'), ['-p', 'seeds/tsconfig.json']);
  // compileStrapi exits the process on a type error, so type-check first for a readable failure.
  await run(bin('tsc'), ['-p', 'cms/tsconfig.json', '--noEmit']);
  await run(
    process.execPath,
    [
      '-e',
      "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).catch((e) => { console.error(e); process.exit(1); })",
    ],
    { cwd: CMS },
  );
  await ensureAnalyticsUiBuilt();
  if (!admin) return;
  await buildIfStale({
    stamp: join(CMS, 'dist', 'build', '.botkb-admin-stamp'),
    // The admin bundle imports the designer's and the path rules' pure modules from src/.
    inputs: [
      join(ROOT, 'package-lock.json'),
      join(CMS, 'package.json'),
      join(CMS, 'src', 'content-uids.ts'),
      ...['admin', 'designer', 'guidance'].flatMap((dir) => listFiles(join(CMS, 'src', dir))),
    ],
    output: join(CMS, 'dist', 'build', 'index.html'),
    label: 'building the Strapi admin panel (about a minute)',
    // Building loads the config, which needs the secrets; throw-away ones do (none ends up in the build).
    build: async () => {
      await run(bin('tsc'), ['-p', 'cms/src/admin/tsconfig.json']);
      await run(bin('strapi'), ['build', '--minify'], {
        cwd: CMS,
        env: { ...generateSecrets(), ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
      });
    },
  });
}
