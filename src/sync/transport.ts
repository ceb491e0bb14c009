// The server's REST API, one small function per endpoint. Every answer is checked against the
// domain's zod schemas and every failure becomes a SyncError value: nothing here throws.
import type { z } from 'zod';
import { API_ROUTES } from '../domain/api';
import {
  ApiErrorSchema,
  PullResponseSchema,
  PushResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../domain/sync-protocol';
import { TerritorySchema, type Territory } from '../domain/territory';
import { LoginResponseSchema, UserSchema, type LoginRequest, type LoginResponse, type User } from '../domain/user';
import { fail, httpError, MESSAGES, ok, type Result } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Transport {
  login(request: LoginRequest): Promise<Result<LoginResponse>>;
  logout(token: string): Promise<Result<void>>;
  me(token: string): Promise<Result<User>>;
  territories(token: string): Promise<Result<Territory[]>>;
  push(token: string, request: PushRequest): Promise<Result<PushResponse>>;
  /** `scope`: the one the cursor was taken under (see PullQuerySchema). */
  pull(token: string, since: number, limit?: number, scope?: string): Promise<Result<PullResponse>>;
}

const TerritoryListSchema = TerritorySchema.array();

/** `baseUrl` is '' in the app (same origin as the PWA); tests pass a fake or in-process fetch. */
export function createTransport(baseUrl = '', fetchImpl: FetchLike = (i, r) => fetch(i, r)): Transport {
  async function call<S extends z.ZodType>(
    path: string,
    init: RequestInit,
    schema: S | undefined,
    token?: string,
  ): Promise<Result<z.infer<S>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, { ...init, headers });
    } catch {
      return fail({ kind: 'network', message: MESSAGES.network });
    }
    if (!response.ok) return fail(await errorOf(response, token !== undefined));
    if (!schema) return ok(undefined as z.infer<S>);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse, status: response.status });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return fail({ kind: 'invalid-response', message: MESSAGES.invalidResponse });
    return ok(parsed.data);
  }

  const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

  return {
    login: (request) => call(API_ROUTES.login, json('POST', request), LoginResponseSchema),
    logout: async (token) => {
      const result = await call(API_ROUTES.logout, { method: 'POST' }, undefined, token);
      return result.ok ? ok(undefined) : result;
    },
    me: (token) => call(API_ROUTES.me, { method: 'GET' }, UserSchema, token),
    territories: (token) => call(API_ROUTES.territories, { method: 'GET' }, TerritoryListSchema, token),
    push: (token, request) => call(API_ROUTES.push, json('POST', request), PushResponseSchema, token),
    pull: (token, since, limit, scope) => {
      const query = new URLSearchParams({ since: String(since) });
      if (limit !== undefined) query.set('limit', String(limit));
      if (scope !== undefined) query.set('scope', scope);
      return call(`${API_ROUTES.pull}?${query}`, { method: 'GET' }, PullResponseSchema, token);
    },
  };
}

/** A 401 means "session expired" on an authenticated call and "wrong password" on login. */
export async function errorOf(response: Response, authenticated: boolean) {
  let serverMessage: string | undefined;
  let code: string | undefined;
  try {
    const parsed = ApiErrorSchema.safeParse(await response.json());
    if (parsed.success) ({ error: serverMessage, code } = parsed.data);
  } catch {
    // A body that is not JSON (a proxy's HTML page): the status alone says enough.
  }
  if (response.status === 401) {
    return authenticated
      ? { kind: 'unauthorized' as const, status: 401, message: MESSAGES.unauthorized }
      : { kind: 'http' as const, status: 401, message: serverMessage ?? MESSAGES.badCredentials };
  }
  return httpError(response.status, serverMessage, code);
}
