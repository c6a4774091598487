import { createHttpClient, type ResponseLike } from '../../admin-ui/src/httpClient';
import { createAuthProvider, TOKEN_KEY, type StorageLike } from '../../admin-ui/src/authProvider';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function json(status: number, body: unknown): ResponseLike {
  const text = JSON.stringify(body);
  return {
    ok: status < 300,
    status,
    headers: { get: () => null },
    json: async () => body,
    text: async () => text,
    blob: async () => text,
  };
}

const ME = {
  email: 'esihenkilo@example.fi',
  firstname: 'Essi',
  lastname: 'Esihenkilö',
  role: 'manager',
  canTriage: false,
  canEditSavings: true,
};

function setup(routes: Record<string, (body: unknown, auth?: string) => ResponseLike>) {
  const storage = memoryStorage();
  const calls: { url: string; auth?: string; body?: unknown }[] = [];
  const http = createHttpClient({
    fetch: async (url, init) => {
      const body = init.body ? JSON.parse(init.body) : undefined;
      calls.push({ url, auth: init.headers.Authorization, body });
      const route = routes[`${init.method} ${url}`];
      return route ? route(body, init.headers.Authorization) : json(404, {});
    },
    getToken: () => storage.getItem(TOKEN_KEY),
  });
  return { storage, calls, auth: createAuthProvider({ http, storage }) };
}

describe('analytics auth provider', () => {
  it('logs in with POST /admin/login, keeps the JWT and reads permissions from /me', async () => {
    const { auth, storage, calls } = setup({
      'POST /admin/login': () => json(200, { data: { token: 'jwt-9', user: {} } }),
      'GET /analytics-api/me': (_b, a) => (a === 'Bearer jwt-9' ? json(200, { data: ME }) : json(401, {})),
    });
    await auth.login({ username: ' esihenkilo@example.fi ', password: 'pw' });
    expect(calls[0]).toEqual({
      url: '/admin/login',
      auth: undefined,
      body: { email: 'esihenkilo@example.fi', password: 'pw' },
    });
    expect(storage.getItem(TOKEN_KEY)).toBe('jwt-9');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getPermissions!({})).resolves.toEqual({
      role: 'manager',
      canTriage: false,
      canEditSavings: true,
    });
    await expect(auth.getIdentity!()).resolves.toEqual({ id: ME.email, fullName: 'Essi Esihenkilö' });
    // /me is cached for the session
    expect(calls.filter((c) => c.url === '/analytics-api/me')).toHaveLength(1);
  });

  it('accepts accessToken as the token field', async () => {
    const { auth, storage } = setup({
      'POST /admin/login': () => json(200, { data: { accessToken: 'jwt-a' } }),
      'GET /analytics-api/me': () =>
        json(200, { data: { ...ME, role: 'content_expert', canTriage: true, canEditSavings: false } }),
    });
    await auth.login({ email: 'a@b', password: 'x' });
    expect(storage.getItem(TOKEN_KEY)).toBe('jwt-a');
    await expect(auth.getPermissions!({})).resolves.toEqual({
      role: 'content_expert',
      canTriage: true,
      canEditSavings: false,
    });
  });

  it('says "wrong email or password" on 400 and stores nothing', async () => {
    const { auth, storage } = setup({
      'POST /admin/login': () => json(400, { error: { message: 'Invalid credentials' } }),
    });
    await expect(auth.login({ email: 'a@b', password: 'bad' })).rejects.toThrow('app.auth.invalid_credentials');
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('refuses accounts without analytics access (403 from /me)', async () => {
    const { auth, storage } = setup({
      'POST /admin/login': () => json(200, { data: { token: 't' } }),
      'GET /analytics-api/me': () => json(403, {}),
    });
    await expect(auth.login({ email: 'a@b', password: 'x' })).rejects.toThrow('app.auth.no_access');
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
  });

  it('checkError: 401 → log out with "session expired"; 403 and others stay logged in', async () => {
    const { auth, storage } = setup({});
    storage.setItem(TOKEN_KEY, 't');
    await expect(auth.checkError({ status: 401 })).rejects.toEqual({ message: 'app.auth.session_expired' });
    // the token stays until react-admin calls logout (it notifies only while logged in)
    expect(storage.getItem(TOKEN_KEY)).toBe('t');
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    await expect(auth.checkError({ status: 500 })).resolves.toBeUndefined();
    await auth.logout({});
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
  });
});
