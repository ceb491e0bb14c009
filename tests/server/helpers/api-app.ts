// The server app in-process over a fresh store, with named accounts and small request helpers
// (JSON bodies with their content type, a bearer token, a client address).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_ROUTES } from '../../../src/domain/api';
import type { Role } from '../../../src/domain/user';
import { createApp, type AppOptions } from '../../../src/server/app';
import { createUser } from '../../../src/server/auth/users-repo';
import { openTestStore, type TestStore } from './test-store';

export const PASSWORD = 'mot-de-passe-de-test';

export interface ApiApp {
  store: TestStore;
  app: ReturnType<typeof createApp>;
  logs: string[];
  /** A request as if from `address` (the socket's remote address). */
  request(path: string, init?: RequestInit & { token?: string; json?: unknown; address?: string }): Promise<Response>;
  login(email: string, password?: string, address?: string): Promise<Response>;
  token(email: string): Promise<string>;
  addUser(email: string, territoryIds: string[], role?: Role): Promise<string>;
  dispose(): Promise<void>;
}

export async function startApiApp(options: Partial<AppOptions> = {}): Promise<ApiApp> {
  const store = await openTestStore();
  const distDir = mkdtempSync(join(tmpdir(), 'st-dist-'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  const logs: string[] = [];
  const app = createApp({ sql: store.sql, distDir, log: (m) => logs.push(m), ...options });
  const request: ApiApp['request'] = async (path, init = {}) => {
    const { token, json, address, ...rest } = init;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
    if (token) headers.authorization = `Bearer ${token}`;
    if (json !== undefined) headers['content-type'] ??= 'application/json';
    const body = json !== undefined ? (typeof json === 'string' ? json : JSON.stringify(json)) : rest.body;
    const env = address ? { incoming: { socket: { remoteAddress: address } } } : undefined;
    return app.request(path, { ...rest, headers, body }, env);
  };
  const login: ApiApp['login'] = (email, password = PASSWORD, address) =>
    request(API_ROUTES.login, { method: 'POST', json: { email, password }, address });
  return {
    store,
    app,
    logs,
    request,
    login,
    async token(email) {
      const res = await login(email);
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
      return (await res.json()).token;
    },
    async addUser(email, territoryIds, role = 'advisor') {
      const user = await createUser(store.sql, { email, name: email.split('@')[0]!, role, territoryIds, password: PASSWORD });
      return user.id;
    },
    dispose: () => store.dispose(),
  };
}
