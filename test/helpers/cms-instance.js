// One CMS instance in its own process, for multi-instance tests: listens on LISTEN_PORT
// (0: any), prints one JSON line {"url", "botToken", "otherBotToken"} once it listens, and runs Document
// Service calls the parent sends over IPC ({ id, uid, action, params } → { id, result | error }),
// the calls the admin panel makes; { id, service, method, args } calls a Strapi service (API tokens).
// SIGTERM shuts it down gracefully (cms/src/cluster/drain-on-signal.ts).
// Env: the database and Meilisearch settings, TOKEN_FILE (two bot tokens, created by the first instance).
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { BOT_PERMISSIONS } = require('@botkb/seeds');

const cmsDir = resolve(__dirname, '..', '..', 'cms');

/** Two bot tokens (each has its own rate-limit allowance): { botToken, otherBotToken }. */
async function botTokens(strapi) {
  if (existsSync(process.env.TOKEN_FILE)) return JSON.parse(readFileSync(process.env.TOKEN_FILE, 'utf8'));
  const create = async (name) =>
    (
      await strapi.service('admin::api-token').create({
        name,
        type: 'custom',
        kind: 'content-api',
        lifespan: null,
        permissions: BOT_PERMISSIONS,
      })
    ).accessKey;
  const tokens = { botToken: await create('multi-instance bot'), otherBotToken: await create('multi-instance bot 2') };
  writeFileSync(process.env.TOKEN_FILE, JSON.stringify(tokens));
  return tokens;
}

async function main() {
  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((r) => server.listen(Number(process.env.LISTEN_PORT ?? 0), '127.0.0.1', r));
  process.on('message', async ({ id, uid, action, params, service, method, args }) => {
    try {
      const result = service
        ? await strapi.service(service)[method](...args)
        : await strapi.documents(uid)[action](params);
      process.send({ id, result: result ?? null });
    } catch (error) {
      process.send({ id, error: String(error && error.message ? error.message : error) });
    }
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`${JSON.stringify({ url, ...(await botTokens(strapi)) })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
