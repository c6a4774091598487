/**
 * `npm run seed`: loads the demo knowledge base into the CMS database
 * configured by the environment (cms/.env), printing progress and a report.
 * Exits non-zero if any record failed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDemoContent } from './read-demo-content';
import { loadDemoContent, totalFailed, type Kind } from './load-demo-content';
import { ensureDemoAccounts, DEMO_BOT_TOKEN_NAME, DEMO_TOKEN_NAME } from './demo-accounts';
import { loadUsageHistory } from './load-usage-history';
import { loadQuestionBank } from './load-question-bank';

const repoRoot = resolve(__dirname, '..', '..');
const cmsDir = join(repoRoot, 'cms');
const dataDir = process.env.BOTKB_DATA_DIR ?? join(repoRoot, '.data');
const tokenFiles: Record<string, string> = {
  [DEMO_TOKEN_NAME]: join(dataDir, 'demo-api-token'),
  [DEMO_BOT_TOKEN_NAME]: join(dataDir, 'demo-bot-token'),
};

async function main(): Promise<number> {
  const content = readDemoContent();
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  process.env.STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE ??= 'fi';
  process.env.ENV_PATH ??= join(cmsDir, '.env'); // Strapi reads it when first loaded
  // require, not import(): Strapi's ESM build cannot be loaded by Node 20's ESM loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the line above
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  strapi.log.level = 'warn';
  try {
    let last = '';
    const report = await loadDemoContent(strapi, content, {
      onProgress: (kind: Kind, done, total) => {
        const line = `  loading ${kind}: ${done}/${total}`;
        if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
        else if (done === total) console.log(line);
        last = line;
      },
    });
    if (process.stdout.isTTY && last) process.stdout.write('\n');
    const accounts = await ensureDemoAccounts(strapi, {
      read: (name) => (existsSync(tokenFiles[name]) ? readFileSync(tokenFiles[name], 'utf8').trim() || null : null),
      write: (name, t) => {
        mkdirSync(dataDir, { recursive: true });
        writeFileSync(tokenFiles[name], `${t}\n`, { mode: 0o600 });
      },
    });
    console.log('seed report (created / updated / unchanged / failed):');
    for (const [kind, c] of Object.entries(report.counts)) {
      console.log(`  ${kind.padEnd(9)} ${c.created} / ${c.updated} / ${c.unchanged} / ${c.failed}`);
    }
    for (const f of report.failures) console.error(`  FAILED ${f.kind} "${f.slug}": ${f.message}`);
    const bank = await loadQuestionBank(strapi);
    console.log(`  question bank: ${bank.added} of ${bank.total} demo questions added`);
    if (process.env.SEED_USAGE_HISTORY !== 'false') {
      let shown = -1;
      const history = await loadUsageHistory(strapi, {
        onProgress: (done, total) => {
          const pct = Math.min(100, Math.floor((done / total) * 100));
          if (pct === shown) return;
          shown = pct;
          if (process.stdout.isTTY)
            process.stdout.write(`\r  loading usage history: ${done.toLocaleString('en')} events (${pct} %)`);
          else if (pct % 25 === 0) console.log(`  loading usage history: ${pct} %`);
        },
      });
      if (process.stdout.isTTY && !history.skipped) process.stdout.write('\n');
      console.log(
        history.skipped
          ? '  usage history: already loaded'
          : `  usage history: ${history.events.toLocaleString('en')} events, ${history.asks.toLocaleString('en')} questions, ${history.publications} publication dates in ${history.seconds.toFixed(1)} s`,
      );
    }
    console.log(
      `demo logins: ${accounts.logins.map((l) => l.email).join(', ')}; tokens in ${dataDir}/demo-api-token and demo-bot-token`,
    );
    return totalFailed(report) > 0 ? 1 : 0;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('seed failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
