/**
 * Seeded template databases: global-setup loads the demo content into one template and the demo usage
 * history (24 months up to DEMO_USAGE_END) into a copy of it; each suite then boots on a copy of its own
 * (SQLite: a copy of the file; PostgreSQL: CREATE DATABASE … TEMPLATE …) instead of seeding again.
 * Copies get fresh secrets and a fresh Meilisearch index prefix; the search workers rebuild a copy's
 * indexes from its database at boot (see waitForSearchRebuilt).
 * SQLite templates are kept across runs under a key hashing everything that shapes them (compiled CMS
 * with its content types and migrations, seeds and their content, the builder, the usage end);
 * PostgreSQL templates are built per run and dropped by global-teardown.
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { UsageHistoryReport } from '@botkb/seeds';
import { copySqliteFile, createTestDatabase, testStrapiEnv, withPostgresAdmin, type TestDatabase } from './test-strapi';
import { helsinkiMonthStart } from './helsinki-month-start';

/** `demo`: the demo content; `demo-usage`: the demo content and its usage history up to DEMO_USAGE_END. */
export type TemplateName = 'demo' | 'demo-usage';

/** The end of the demo usage history: midnight in Helsinki on the first day of this month. */
export const DEMO_USAGE_END = helsinkiMonthStart(new Date());

/** Where a template is and what loading it reported. */
export interface TemplateInfo {
  /** SQLite: the template file; PostgreSQL: the template database. */
  source: string;
  /** The usage history load (demo-usage only). */
  usage?: UsageHistoryReport;
}
type Templates = Record<TemplateName, TemplateInfo>;

const repoDir = resolve(__dirname, '..', '..');
const BUILDER = join(__dirname, 'template-builder.js');
/** What the templates are made of: a change to any of these files builds them again. */
const INPUTS = [
  'cms/dist/src',
  'cms/dist/config',
  'cms/dist/database',
  'cms/package.json',
  'search/dist',
  'seeds/dist',
  'seeds/content',
  'contract/dist',
  'test/helpers/template-builder.js',
];
const SQLITE_CACHE = join(repoDir, 'node_modules', '.cache', 'botkb-test-templates');
const RUN_FILE = 'templates.json';

const isPostgres = () => (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Hash of every input file (path and content) and of the usage end. */
export function templateKey(): string {
  const hash = createHash('sha256').update(DEMO_USAGE_END.toISOString());
  for (const file of INPUTS.flatMap((input) => filesUnder(join(repoDir, input)))) {
    hash.update(relative(repoDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Runs the builder on the database `dbEnv` names; the JSON it prints. */
function runBuilder(dbEnv: Record<string, string>, seed: 'content' | 'usage'): Promise<{ usage?: UsageHistoryReport }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...testStrapiEnv({ QUESTION_BANK_DEBOUNCE_MS: '86400000' }),
    ...dbEnv,
    SEED: seed,
    USAGE_END: DEMO_USAGE_END.toISOString(),
  };
  delete env.MEILI_HOST;
  const child = spawn(process.execPath, [BUILDER], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`template builder (${seed}) exited with ${code}`));
      else resolvePromise(JSON.parse(out.trim().split('\n').pop() as string));
    });
  });
}

/** Both templates, built into `dir` (SQLite) or as new PostgreSQL databases. */
async function buildTemplates(dir: string): Promise<Templates> {
  if (isPostgres()) {
    const demo = (await createTestDatabase()).env.DATABASE_NAME;
    await runBuilder({ DATABASE_NAME: demo }, 'content');
    const demoUsage = (await createTestDatabase(demo)).env.DATABASE_NAME;
    const { usage } = await runBuilder({ DATABASE_NAME: demoUsage }, 'usage');
    return { demo: { source: demo }, 'demo-usage': { source: demoUsage, usage } };
  }
  const demo = join(dir, 'demo.db');
  const demoUsage = join(dir, 'demo-usage.db');
  await runBuilder({ DATABASE_FILENAME: demo }, 'content');
  copySqliteFile(demo, demoUsage);
  const { usage } = await runBuilder({ DATABASE_FILENAME: demoUsage }, 'usage');
  return { demo: { source: demo }, 'demo-usage': { source: demoUsage, usage } };
}

/** SQLite: the cached templates of the current key, built (into a private directory, then renamed) if missing. */
async function cachedSqliteTemplates(): Promise<Templates> {
  const dir = join(SQLITE_CACHE, templateKey());
  if (!existsSync(join(dir, RUN_FILE))) {
    mkdirSync(SQLITE_CACHE, { recursive: true });
    // Templates of other keys are stale (a run still building has a `building-` directory).
    for (const old of readdirSync(SQLITE_CACHE).filter((name) => !name.startsWith('building-'))) {
      rmSync(join(SQLITE_CACHE, old), { recursive: true, force: true });
    }
    const building = mkdtempSync(join(SQLITE_CACHE, 'building-'));
    const built = await buildTemplates(building);
    const relocated = JSON.parse(JSON.stringify(built).replaceAll(building, dir)) as Templates;
    writeFileSync(join(building, RUN_FILE), JSON.stringify(relocated));
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another run finished the same templates first
    }
  }
  return JSON.parse(readFileSync(join(dir, RUN_FILE), 'utf8')) as Templates;
}

/** global-setup: makes this run's templates and records them in `runDir`; the seconds it took. */
export async function prepareTemplates(runDir: string): Promise<number> {
  const started = Date.now();
  const templates = isPostgres() ? await buildTemplates(runDir) : await cachedSqliteTemplates();
  writeFileSync(join(runDir, RUN_FILE), JSON.stringify(templates));
  return (Date.now() - started) / 1000;
}

/** The run's templates (see prepareTemplates). */
function runTemplates(runDir = process.env.TEST_TEMPLATE_DIR): Templates {
  if (!runDir || !existsSync(join(runDir, RUN_FILE))) {
    throw new Error('no template databases: run the suite through jest (test/helpers/global-setup.ts)');
  }
  return JSON.parse(readFileSync(join(runDir, RUN_FILE), 'utf8')) as Templates;
}

/** global-teardown: drops this run's PostgreSQL templates (SQLite ones stay cached). */
export async function dropTemplates(runDir: string): Promise<void> {
  if (isPostgres() && existsSync(join(runDir, RUN_FILE))) {
    for (const { source } of Object.values(runTemplates(runDir))) {
      await withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${source} WITH (FORCE)`));
    }
  }
  rmSync(runDir, { recursive: true, force: true });
}

/** A database of the suite's own, copied from the run's template `name` (dropped by TestStrapi.stop()). */
export async function copyOfTemplate(name: TemplateName): Promise<TestDatabase & { info: TemplateInfo }> {
  const info = runTemplates()[name];
  return { ...(await createTestDatabase(info.source)), info };
}
