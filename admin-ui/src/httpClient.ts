/**
 * A tiny fetch wrapper for the analytics API: adds the admin JWT, parses JSON,
 * turns non-2xx responses into ApiError with a translation key as `message`
 * (react-admin notifications translate it) and the server body in `body`.
 *
 * No DOM types: `fetch` and the token getter are injected, so it runs in jest.
 */

export interface HeadersLike {
  get(name: string): string | null;
}

export interface ResponseLike {
  ok: boolean;
  status: number;
  headers: HeadersLike;
  json(): Promise<unknown>;
  text(): Promise<string>;
  blob(): Promise<unknown>;
}

export interface RequestInitLike {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  credentials?: 'same-origin' | 'omit' | 'include';
}

export type FetchLike = (url: string, init: RequestInitLike) => Promise<ResponseLike>;

export interface FieldError {
  /** dotted path, e.g. "target.slug" */
  path: string;
  message: string;
}

/** Translation keys used as ApiError messages. */
export const ERROR_KEYS = {
  network: 'app.error.network',
  badRequest: 'app.error.bad_request',
  sessionExpired: 'app.auth.session_expired',
  forbidden: 'app.error.forbidden',
  notFound: 'app.error.not_found',
  tooManyRequests: 'app.error.too_many_requests',
  server: 'app.error.server',
  http: 'app.error.http',
} as const;

export function errorKeyForStatus(status: number): string {
  if (status === 0) return ERROR_KEYS.network;
  if (status === 400) return ERROR_KEYS.badRequest;
  if (status === 401) return ERROR_KEYS.sessionExpired;
  if (status === 403) return ERROR_KEYS.forbidden;
  if (status === 404) return ERROR_KEYS.notFound;
  if (status === 429) return ERROR_KEYS.tooManyRequests;
  if (status >= 500) return ERROR_KEYS.server;
  return ERROR_KEYS.http;
}

export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  /** The server's own (English) message, if any. */
  readonly serverMessage: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(status: number, body: unknown, messageKey = errorKeyForStatus(status)) {
    super(messageKey);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    const err = (body as { error?: { message?: unknown; details?: { errors?: unknown } } } | null)?.error;
    this.serverMessage = typeof err?.message === 'string' ? err.message : undefined;
    const errors = Array.isArray(err?.details?.errors) ? (err!.details!.errors as unknown[]) : [];
    this.fieldErrors = errors.flatMap((e) => {
      const item = e as { path?: unknown; message?: unknown };
      const path = Array.isArray(item.path) ? item.path.join('.') : typeof item.path === 'string' ? item.path : '';
      return typeof item.message === 'string' ? [{ path, message: item.message }] : [];
    });
  }
}

export interface HttpClientOptions {
  fetch: FetchLike;
  /** Returns the admin JWT, or null when logged out. */
  getToken: () => string | null;
  /** Origin prefix; '' = same origin. */
  baseUrl?: string;
  /** Waits before a retry (injected so tests need not wait). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A read refused with 429 is sent again after the server's Retry-After, this many times at most. */
export const READ_RETRIES_AFTER_429 = 2;
/** Longest Retry-After the client waits out by itself; a longer wait is shown as the error. */
export const LONGEST_AUTOMATIC_WAIT_MS = 10_000;

/** How long to wait before repeating a read the server refused with 429, or null to give up. */
export function waitBeforeRetry(status: number, retryAfter: string | null, attempt: number): number | null {
  if (status !== 429 || attempt >= READ_RETRIES_AFTER_429) return null;
  // A missing header (or one a proxy dropped) waits a second rather than asking again at once.
  const seconds = retryAfter === null || retryAfter.trim() === '' ? NaN : Number(retryAfter);
  const ms = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
  return ms <= LONGEST_AUTOMATIC_WAIT_MS ? ms : null;
}

const sleepFor = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Send the Authorization header (default true). */
  auth?: boolean;
}

export interface HttpResult<T = unknown> {
  status: number;
  headers: HeadersLike;
  json: T;
}

export type HttpClient = {
  <T = unknown>(path: string, request?: HttpRequest): Promise<HttpResult<T>>;
  /** Same request, raw response (for CSV downloads). */
  raw(path: string, request?: HttpRequest): Promise<ResponseLike>;
  url(path: string): string;
};

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/$/, '');
  const sleep = options.sleep ?? sleepFor;

  // Reads are repeated after a 429's Retry-After (a language switch refetches every report at once);
  // writes never are, so nothing is sent twice.
  const send = async (path: string, request: HttpRequest = {}, accept = 'application/json'): Promise<ResponseLike> => {
    for (let attempt = 0; ; attempt++) {
      const response = await sendOnce(path, request, accept);
      const wait =
        (request.method ?? 'GET') === 'GET'
          ? waitBeforeRetry(response.status, response.headers.get('Retry-After'), attempt)
          : null;
      if (wait === null) return refuseUnlessOk(response);
      await sleep(wait, request.signal);
      // Given up while waiting (the view was left): rejected as fetch rejects an aborted request.
      if (request.signal?.aborted) throw request.signal.reason;
    }
  };

  const sendOnce = async (path: string, request: HttpRequest, accept: string): Promise<ResponseLike> => {
    const headers: Record<string, string> = { Accept: accept };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    if (request.auth !== false) {
      const token = options.getToken();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    let response: ResponseLike;
    try {
      response = await options.fetch(baseUrl + path, {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if ((e as { name?: string })?.name === 'AbortError') throw e;
      throw new ApiError(0, null);
    }
    return response;
  };

  const refuseUnlessOk = async (response: ResponseLike): Promise<ResponseLike> => {
    if (!response.ok) {
      let body: unknown = null;
      try {
        const text = await response.text();
        body = text ? JSON.parse(text) : null;
      } catch {
        body = null;
      }
      throw new ApiError(response.status, body);
    }
    return response;
  };

  const client = (async <T>(path: string, request?: HttpRequest): Promise<HttpResult<T>> => {
    const response = await send(path, request);
    let json: unknown = null;
    if (response.status !== 204) {
      const text = await response.text();
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        throw new ApiError(response.status, text, ERROR_KEYS.server);
      }
    }
    return { status: response.status, headers: response.headers, json: json as T };
  }) as HttpClient;
  client.raw = (path, request) => send(path, request, 'text/csv, */*');
  client.url = (path) => baseUrl + path;
  return client;
}
