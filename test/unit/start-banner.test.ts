import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import botRouteConfig from '../../cms/src/api/bot/routes/bot';
import { DEMO_LOGINS } from '../../seeds/src/demo-accounts';

/** The `npm start` banner (cms/scripts/lib/start-banner.mjs), printed by a plain node process as start.mjs does. */
const LIB = join(__dirname, '..', '..', 'cms', 'scripts', 'lib', 'start-banner.mjs');
const BASE = 'http://localhost:1337';

function banner(): string {
  const routes = botRouteConfig.routes.map(({ method, path }) => ({ method, path }));
  const options = { base: BASE, meiliHost: 'http://127.0.0.1:7700', database: 'SQLite', logins: DEMO_LOGINS, routes };
  const script = `import(${JSON.stringify(LIB)}).then((m) => process.stdout.write(m.startBanner(${JSON.stringify({
    ...options,
    apiToken: 'api-token',
    botToken: 'bot-token',
  })})))`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

describe('start banner', () => {
  it('lists every bot endpoint the bot routes declare, GET /api/bot/answers/:slug among them', () => {
    const text = banner();
    const shown = botRouteConfig.routes.map((r) => new RegExp(`${r.method}\\s+${BASE}/api${r.path}(\\s|$)`).test(text));
    expect(shown).toEqual(botRouteConfig.routes.map(() => true));
    expect(text).toMatch(new RegExp(`GET\\s+${BASE}/api/bot/answers/:slug`));
  });

  it('lists every demo login with its password', () => {
    const text = banner();
    for (const l of DEMO_LOGINS) expect(text).toMatch(new RegExp(`${l.label}\\s+${l.email}\\s+/ ${l.password}`));
  });
});
