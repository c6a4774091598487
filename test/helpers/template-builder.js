// Seeds one template database in a process of its own (test/helpers/demo-template.ts): boots the CMS
// (compiled cms/dist) on the database the environment names, without Meilisearch, loads the demo content
// (SEED=content) or the demo usage history up to USAGE_END (SEED=usage), empties the search queue (a
// copy's index is rebuilt from its database at boot), stops, and prints one JSON line with the report.
const { join, resolve } = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { loadDemoContent, loadUsageHistory, readDemoContent } = require('@botkb/seeds');

const cmsDir = resolve(__dirname, '..', '..', 'cms');
const { JOB_UID } = require(join(cmsDir, 'dist', 'src', 'content-uids'));

async function seed(strapi) {
  if (process.env.SEED === 'content') {
    const report = await loadDemoContent(strapi, readDemoContent());
    if (report.failures.length > 0) throw new Error(`demo content failed: ${JSON.stringify(report.failures)}`);
    return {};
  }
  if (process.env.SEED === 'usage')
    return { usage: await loadUsageHistory(strapi, { end: new Date(process.env.USAGE_END) }) };
  throw new Error(`SEED must be content or usage, not ${process.env.SEED}`);
}

async function main() {
  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  const result = await seed(strapi);
  await strapi.db.query(JOB_UID).deleteMany({ where: {} });
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
