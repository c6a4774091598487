import type { Core } from '@strapi/strapi';

export interface DemoLogin { role: string; email: string; password: string }
export interface DemoAccounts { logins: DemoLogin[]; apiToken: string }

/** Demo logins printed by `npm start`. Demo only: production creates its own users. */
export const DEMO_LOGINS = [
  { role: 'strapi-super-admin', label: 'Administrator', email: 'admin@example.fi', password: 'Admin-Demo-2026', firstname: 'Demo', lastname: 'Admin' },
  { role: 'strapi-editor', label: 'Content expert', email: 'asiantuntija@example.fi', password: 'Sisalto-Demo-2026', firstname: 'Sanna', lastname: 'Sisältö' },
  { role: 'botkb-manager', label: 'Manager', email: 'esihenkilo@example.fi', password: 'Johtaja-Demo-2026', firstname: 'Matti', lastname: 'Mittari' },
] as const;

export const DEMO_TOKEN_NAME = 'Demo bot (read-only)';

interface TokenStore { read(): string | null; write(token: string): void }

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
      email: login.email, password: login.password, firstname: login.firstname, lastname: login.lastname,
      roles: [role.id], isActive: true, registrationToken: null,
    });
  }
  const tokens = strapi.service('admin::api-token');
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: DEMO_TOKEN_NAME } });
  let key = store.read();
  if (!existing) {
    const created = await tokens.create({
      name: DEMO_TOKEN_NAME,
      description: 'Read-only token for trying the REST API with the demo content',
      type: 'read-only', kind: 'content-api', lifespan: null,
    });
    key = created.accessKey as string;
    store.write(key);
  } else if (!key) {
    const regenerated = await tokens.regenerate(existing.id);
    key = regenerated.accessKey as string;
    store.write(key);
  }
  return { logins: DEMO_LOGINS.map(({ label, email, password }) => ({ role: label, email, password })), apiToken: key as string };
}
