/**
 * Browser wiring: one HTTP client (window.fetch + the JWT from sessionStorage)
 * shared by the data provider and the auth provider.
 */
import { createHttpClient, type FetchLike } from './httpClient';
import { createDataProvider } from './dataProvider';
import { createAuthProvider, createTokenStore } from './authProvider';

const storage = window.sessionStorage;
const tokens = createTokenStore(storage);

export const httpClient = createHttpClient({
  fetch: ((url, init) => window.fetch(url, init)) as FetchLike,
  getToken: tokens.get,
});

export const dataProvider = createDataProvider(httpClient);
export const authProvider = createAuthProvider({ http: httpClient, storage });
