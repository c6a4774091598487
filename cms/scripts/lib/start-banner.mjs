// What `npm start` prints once the stack answers: URLs, the bot endpoints as the compiled
// bot routes declare them, the demo logins and tokens, and a curl line to try.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS } from './steps.mjs';

/** The bot routes as the built CMS declares them (`cms/dist/src/api/bot/routes/bot.js`). */
export function botRoutes(file = join(CMS, 'dist', 'src', 'api', 'bot', 'routes', 'bot.js')) {
  const loaded = createRequire(import.meta.url)(file);
  return (loaded.default ?? loaded).routes.map(({ method, path }) => ({ method, path }));
}

/** Lines "METHOD <base>/api<path>", one per bot route, aligned under the banner's `indent`. */
export function botEndpointLines(base, routes, indent) {
  return routes.map((r) => `${r.method.padEnd(4)} ${base}/api${r.path}`).join(`\n${indent}`);
}

/**
 * The start banner: `base` (http://localhost:port), `meiliHost`, `database` (its name), `logins`
 * ({ label, email, password }), `apiToken`, `botToken` and `routes` (the bot routes).
 */
export function startBanner({ base, meiliHost, database, logins, apiToken, botToken, routes }) {
  const indent = ' '.repeat(33);
  const width = Math.max(...logins.map((l) => l.email.length));
  const loginLines = logins.map((l) => `    ${l.label.padEnd(16)} ${l.email.padEnd(width)} / ${l.password}`);
  return `
  Knowledge base is running.

  Admin panel (content experts)  ${base}/admin
  Analytics (managers, experts)  ${base}/analytics/
  Content REST API (developers)  ${base}/api/answers?locale=sv   (read-only token below)
  Bot API (bot token below)      ${botEndpointLines(base, routes, indent)}
  Meilisearch                    ${meiliHost}
  Database                       ${database}

  Demo logins (admin panel and analytics)
${loginLines.join('\n')}
  Demo API tokens
    read-only (content API)   ${apiToken}
    bot (bot endpoints only)  ${botToken}

  Try:  curl -s -H "Authorization: Bearer $(cat .data/demo-bot-token)" -H 'content-type: application/json' \\
          -d '{"question":"mistä saa ajan hammaslääkärille","locale":"fi"}' ${base}/api/bot/ask

  Ctrl-C stops everything.
`;
}
