/**
 * react-admin auth provider: Strapi admin-panel logins.
 *
 * - login: POST /admin/login { email, password } → JWT kept in sessionStorage (injected storage)
 * - every API call sends it (see httpClient.ts)
 * - checkError: 401 → log out with "session expired"; 403 stays logged in (pages say "no access")
 * - getPermissions / getIdentity: GET /analytics-api/me (cached for the token)
 *
 * No DOM types: storage and HTTP client are injected, so it runs in jest.
 */
import type { AuthProvider, UserIdentity } from 'ra-core';
import { ApiError, ERROR_KEYS, type HttpClient } from './httpClient';
import { API_BASE } from './dataProvider';
import type { Me, Role } from './types';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const TOKEN_KEY = 'botkb.analytics.jwt';
const ME_KEY = 'botkb.analytics.me';

export interface Permissions {
  role: Role;
  canTriage: boolean;
  canEditSavings: boolean;
}

export const NO_PERMISSIONS: Permissions = { role: 'manager', canTriage: false, canEditSavings: false };

export const AUTH_MESSAGES = {
  invalidCredentials: 'app.auth.invalid_credentials',
  tooManyAttempts: 'app.auth.too_many_attempts',
  noAccess: 'app.auth.no_access',
  sessionExpired: ERROR_KEYS.sessionExpired,
} as const;

/** Token storage bound to a Storage (sessionStorage in the browser). */
export function createTokenStore(storage: StorageLike) {
  return {
    get: (): string | null => storage.getItem(TOKEN_KEY),
    set: (token: string) => storage.setItem(TOKEN_KEY, token),
    clear: () => {
      storage.removeItem(TOKEN_KEY);
      storage.removeItem(ME_KEY);
    },
  };
}

export function toPermissions(me: Me | null | undefined): Permissions {
  if (!me) return NO_PERMISSIONS;
  return { role: me.role, canTriage: me.canTriage === true, canEditSavings: me.canEditSavings === true };
}

interface LoginBody {
  data?: { token?: string; accessToken?: string; user?: { email?: string; firstname?: string; lastname?: string } };
}

export function createAuthProvider(options: {
  http: HttpClient;
  storage: StorageLike;
}): AuthProvider & { getMe(): Promise<Me> } {
  const { http, storage } = options;
  const tokens = createTokenStore(storage);

  const readCachedMe = (): Me | null => {
    const raw = storage.getItem(ME_KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Me;
    } catch {
      return null;
    }
  };

  let pending: Promise<Me> | null = null;
  let pendingToken: string | null = null;

  const getMe = async (): Promise<Me> => {
    const token = tokens.get();
    if (!token) throw new ApiError(401, null);
    const cached = readCachedMe();
    if (cached) return cached;
    if (pending && pendingToken === token) return pending;
    pendingToken = token;
    pending = http<{ data: Me }>(`${API_BASE}/me`)
      .then(({ json }) => {
        if (!json?.data || typeof json.data.role !== 'string') throw new ApiError(500, json);
        if (tokens.get() === token) storage.setItem(ME_KEY, JSON.stringify(json.data));
        return json.data;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  return {
    getMe,

    async login(params: { username?: string; email?: string; password?: string }) {
      const email = String(params.email ?? params.username ?? '').trim();
      const password = String(params.password ?? '');
      tokens.clear();
      let body: LoginBody;
      try {
        ({ json: body } = await http<LoginBody>('/admin/login', {
          method: 'POST',
          body: { email, password },
          auth: false,
        }));
      } catch (e) {
        const status = (e as ApiError).status;
        if (status === 400 || status === 401) throw new Error(AUTH_MESSAGES.invalidCredentials);
        if (status === 429) throw new Error(AUTH_MESSAGES.tooManyAttempts);
        throw new Error((e as Error).message || ERROR_KEYS.http);
      }
      const token = body?.data?.token ?? body?.data?.accessToken;
      if (!token) throw new Error(ERROR_KEYS.server);
      tokens.set(token);
      try {
        await getMe();
      } catch (e) {
        tokens.clear();
        const status = (e as ApiError).status;
        if (status === 401 || status === 403) throw new Error(AUTH_MESSAGES.noAccess);
        throw new Error((e as Error).message || ERROR_KEYS.http);
      }
    },

    async logout() {
      tokens.clear();
    },

    async checkAuth() {
      // No notification when simply not logged in yet: the login page explains itself.
      if (!tokens.get()) throw { message: false };
    },

    async checkError(error: { status?: number } | null | undefined) {
      const status = error?.status;
      if (status === 401) {
        // Keep the token until react-admin calls logout(): it notifies only while still "logged in".
        throw { message: AUTH_MESSAGES.sessionExpired };
      }
      // 403 = logged in but not allowed: stay logged in, the page shows "you do not have access".
    },

    async getPermissions(): Promise<Permissions> {
      if (!tokens.get()) return NO_PERMISSIONS;
      return toPermissions(await getMe());
    },

    async getIdentity(): Promise<UserIdentity> {
      const me = await getMe();
      const fullName = [me.firstname, me.lastname].filter(Boolean).join(' ').trim();
      return { id: me.email, fullName: fullName || me.email };
    },
  };
}
