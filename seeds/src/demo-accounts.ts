import type { Core } from '@strapi/strapi';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}
export interface DemoAccounts {
  logins: DemoLogin[];
  apiToken: string;
  botToken: string;
}

/** Demo logins printed by `npm start`. Demo only: production creates its own users. */
export const DEMO_LOGINS = [
  {
    role: 'strapi-super-admin',
    label: 'Administrator',
    email: 'admin@example.fi',
    password: 'Admin-Demo-2026',
    firstname: 'Demo',
    lastname: 'Admin',
  },
  {
    role: 'strapi-editor',
    label: 'Content expert',
    email: 'asiantuntija@example.fi',
    password: 'Sisalto-Demo-2026',
    firstname: 'Sanna',
    lastname: 'Sisältö',
  },
  {
    role: 'botkb-manager',
    label: 'Manager',
    email: 'esihenkilo@example.fi',
    password: 'Johtaja-Demo-2026',
    firstname: 'Matti',
    lastname: 'Mittari',
  },
] as const;

export const DEMO_TOKEN_NAME = 'Demo developer (read-only)';
export const DEMO_BOT_TOKEN_NAME = 'Demo bot';
/** What a bot may call: the bot endpoints and nothing else. */
export const BOT_PERMISSIONS = ['api::bot.bot.ask', 'api::bot.bot.path', 'api::bot.bot.answer', 'api::bot.bot.events'];

export interface TokenStore {
  read(name: string): string | null;
  write(name: string, token: string): void;
}

type TokenSpec = { name: string; description: string; type: 'read-only' | 'custom'; permissions?: string[] };

async function ensureToken(strapi: Core.Strapi, store: TokenStore, spec: TokenSpec): Promise<string> {
  const tokens = strapi.service('admin::api-token');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: spec.name } });
  let key = store.read(spec.name);
  if (!existing) {
    const created = await tokens.create({ ...spec, kind: 'content-api', lifespan: null });
    key = created.accessKey as string;
    store.write(spec.name, key);
  } else {
    if (!key) {
      key = (await tokens.regenerate(existing.id)).accessKey as string;
      store.write(spec.name, key);
    }
    if (spec.permissions) {
      // Tokens from an older version gain permissions added since (e.g. the events endpoint).
      const current = (await tokens.getById(existing.id)) as { permissions?: string[] } | null;
      if ([...(current?.permissions ?? [])].sort().join() !== [...spec.permissions].sort().join())
        await tokens.update(existing.id, { permissions: spec.permissions });
    }
  }
  return key as string;
}

/**
 * Creates the demo admin users and a read-only content-API token if missing.
 * Strapi keeps only a hash of a token, so its key is kept in `store`; when the
 * stored key is lost the token is regenerated.
 */
export async function ensureDemoAccounts(strapi: Core.Strapi, store: TokenStore): Promise<DemoAccounts> {
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  for (const login of DEMO_LOGINS) {
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: login.email } });
    if (existing) continue;
    const role = await roles.findOne({ code: login.role });
    if (!role) throw new Error(`Admin role ${login.role} is missing`);
    await users.create({
      email: login.email,
      password: login.password,
      firstname: login.firstname,
      lastname: login.lastname,
      roles: [role.id],
      isActive: true,
      registrationToken: null,
    });
  }
  const apiToken = await ensureToken(strapi, store, {
    name: DEMO_TOKEN_NAME,
    description: 'Read-only token for trying the content REST API',
    type: 'read-only',
  });
  const botToken = await ensureToken(strapi, store, {
    name: DEMO_BOT_TOKEN_NAME,
    description: 'May call the bot endpoints and nothing else',
    type: 'custom',
    permissions: BOT_PERMISSIONS,
  });
  return {
    logins: DEMO_LOGINS.map(({ label, email, password }) => ({ role: label, email, password })),
    apiToken,
    botToken,
  };
}
