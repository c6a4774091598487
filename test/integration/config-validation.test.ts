import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { freePort } from '@botkb/search';
import { createTestDatabase, testStrapiEnv } from '../helpers/test-strapi';

const cmsDir = resolve(__dirname, '..', '..', 'cms');
const BAD = { BOT_RATE_LIMIT_PER_SEC: 'abc', BOT_ANSWER_THRESHOLD_FI: '0,32' };

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

/** Runs `strapi start` (what npm start runs): its exit code (null if it kept running) and output. */
async function strapiStart(env: NodeJS.ProcessEnv, waitMs: number) {
  const child = spawn(process.execPath, [join(cmsDir, '..', 'node_modules', '.bin', 'strapi'), 'start'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
  const code = await exited;
  clearTimeout(timer);
  return { code, output };
}

describe('configuration is validated at boot', () => {
  it('strapi start refuses BOT_RATE_LIMIT_PER_SEC=abc and BOT_ANSWER_THRESHOLD_FI=0,32, naming both', async () => {
    const port = String(await freePort());
    const env = { ...process.env, ...db.env, ...testStrapiEnv(BAD), PORT: port, LOG_LEVEL: 'error' };
    const { code, output } = await strapiStart(env, 30_000);
    expect(code).toBe(1);
    expect(output).toContain('BOT_RATE_LIMIT_PER_SEC: expected a whole number ≥ 1');
    expect(output).toContain('BOT_ANSWER_THRESHOLD_FI: expected a number from 0 to 1 with a decimal point');
  }, 40_000);

  it('createStrapi().load() refuses them too, in one error naming each variable', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, db.env, testStrapiEnv(BAD));
    try {
      const boot = async () => createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
      const bothNamed = /BOT_ANSWER_THRESHOLD_FI: expected[^\n]*\n\s*BOT_RATE_LIMIT_PER_SEC: expected/;
      await expect(boot()).rejects.toThrow(bothNamed);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
