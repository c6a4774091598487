// A Strapi server in its own process, for crash tests: prints one JSON line
// {"url", "token"} once it listens. The parent kills it with SIGKILL.
// Env: the database settings (DATABASE_*), TOKEN_FILE (bot token kept across restarts).
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const cmsDir = resolve(__dirname, '..', '..', 'cms');

async function main() {
  const strapi = await createStrapi({ appDir: cmsDir, distDir: join(cmsDir, 'dist') }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((r) => (server.listening ? r() : server.listen(0, '127.0.0.1', r)));
  let token = existsSync(process.env.TOKEN_FILE) ? readFileSync(process.env.TOKEN_FILE, 'utf8') : '';
  if (!token) {
    const created = await strapi.service('admin::api-token').create({
      name: 'crash test bot',
      type: 'custom',
      kind: 'content-api',
      lifespan: null,
      permissions: ['api::bot.bot.events'],
    });
    token = created.accessKey;
    writeFileSync(process.env.TOKEN_FILE, token);
  }
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}`, token })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
