import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { BOT_PERMISSIONS } from '@botkb/seeds';

export type TokenType = 'read-only' | 'full-access';

/** Creates a content-API token and returns its key. */
export async function createApiToken(
  strapi: Core.Strapi,
  type: TokenType,
  name = `test ${type} ${Date.now()}`,
): Promise<string> {
  const token = await strapi.service('admin::api-token').create({ name, type, kind: 'content-api', lifespan: null });
  return token.accessKey as string;
}

/** A token that may call the bot endpoints and nothing else. */
export async function createBotToken(strapi: Core.Strapi, name = `test bot ${Date.now()}`): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name,
    type: 'custom',
    kind: 'content-api',
    lifespan: null,
    permissions: BOT_PERMISSIONS,
  });
  return token.accessKey as string;
}

/** A supertest client for `/api` that sends `token` as a Bearer token when given. */
export function api(url: string, token?: string) {
  const withAuth = (r: request.Test) => (token ? r.set('Authorization', `Bearer ${token}`) : r);
  return {
    get: (path: string) => withAuth(request(url).get(`/api${path}`)),
    post: (path: string, body: unknown) => withAuth(request(url).post(`/api${path}`)).send(body as object),
    put: (path: string, body: unknown) => withAuth(request(url).put(`/api${path}`)).send(body as object),
    delete: (path: string) => withAuth(request(url).delete(`/api${path}`)),
    /** Sends `json` as it is written (keys such as `__proto__` that objects cannot carry through JSON.stringify). */
    sendJson: (method: 'post' | 'put', path: string, json: string) =>
      withAuth(request(url)[method](`/api${path}`))
        .set('content-type', 'application/json')
        .send(json),
  };
}

/** Creates an admin-panel user with the given role code and returns a logged-in admin client. */
export async function adminSession(strapi: Core.Strapi, url: string, roleCode: string) {
  const role = await strapi.service('admin::role').findOne({ code: roleCode });
  const email = `${roleCode}-${Date.now()}@example.fi`;
  const password = 'Test-Password-2026';
  await strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Test',
    lastname: roleCode,
    roles: [role.id],
    isActive: true,
    registrationToken: null,
  });
  const login = await request(url).post('/admin/login').send({ email, password });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const jwt = login.body.data.token as string;
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${jwt}`);
  return {
    get: (path: string) => auth(request(url).get(path)),
    post: (path: string, body?: unknown) => auth(request(url).post(path)).send((body ?? {}) as object),
    put: (path: string, body: unknown) => auth(request(url).put(path)).send(body as object),
    delete: (path: string) => auth(request(url).delete(path)),
    sendJson: (method: 'post' | 'put', path: string, json: string) =>
      auth(request(url)[method](path)).set('content-type', 'application/json').send(json),
  };
}
