// Two server processes on one PostgreSQL, as a region deploys them behind a reverse proxy: a push on
// one reaches a device listening on the other, the login throttle is shared, and a session ended on
// one closes the stream it had open on the other. Runs where DATABASE_URL is set (CI's PostgreSQL
// run); the embedded database serves one process by design.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { MAX_FAILURES } from '../../src/server/auth/login-throttle';
import { readSse, type SseEvent } from '../../src/sync/sse';
import { company, create } from './helpers/fixtures';
import { startServer, type ServerProcess } from './helpers/server-process';
import { ADMIN, serverEnv } from './helpers/server-env';

describe.runIf(process.env.DATABASE_URL)('two server instances on one PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const env = await serverEnv();
    dispose = env.dispose;
    a = await startServer(env.env);
    b = await startServer(env.env);
    const admin = await signIn(a, ADMIN.email, ADMIN.password);
    const created = await fetch(a.url + API_ROUTES.adminUsers, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'lea@cci.fr',
        name: 'Léa',
        role: 'advisor',
        territoryIds: ['dijon-metropole'],
        password: 'correct horse battery',
      }),
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await dispose?.();
  });

  async function signIn(server: ServerProcess, email: string, password: string): Promise<string> {
    const response = await fetch(server.url + API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { token: string }).token;
  }

  async function listen(server: ServerProcess, token: string) {
    const response = await fetch(server.url + API_ROUTES.live, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const events: SseEvent[] = [];
    let ended = false;
    readSse(response.body!, (e) => events.push(e))
      .catch(() => undefined)
      .finally(() => (ended = true));
    await until(() => events.some((e) => e.event === 'ready'));
    return { events, ended: () => ended };
  }

  it('tells a device listening on one instance of a push made on the other, within seconds', async () => {
    const token = await signIn(a, 'lea@cci.fr', 'correct horse battery');
    const stream = await listen(b, token);
    const started = Date.now();
    const pushed = await fetch(a.url + API_ROUTES.push, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'tablette-1', mutations: [create('companies', company({ territoryId: 'dijon-metropole' }))] }),
    });
    expect(pushed.status).toBe(200);
    await until(() => stream.events.some((e) => e.event === 'change'), 5_000);
    // Without the database's NOTIFY nothing would ever reach it; about 50 ms here, more when loaded.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('closes, on one instance, the stream of a session ended on the other', async () => {
    const token = await signIn(b, 'lea@cci.fr', 'correct horse battery');
    const stream = await listen(b, token);
    const out = await fetch(a.url + API_ROUTES.logout, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(out.status).toBe(204);
    await until(() => stream.ended(), 5_000);
  });

  it('shares the login throttle: failures on one instance count on the other', async () => {
    const wrong = (server: ServerProcess) =>
      fetch(server.url + API_ROUTES.login, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lea@cci.fr', password: 'mauvais mot de passe' }),
      }).then((r) => r.status);
    const statuses: number[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) statuses.push(await wrong(i % 2 === 0 ? a : b));
    expect(statuses).toEqual(Array(MAX_FAILURES).fill(401));
    expect(await wrong(b)).toBe(429);
    expect(await wrong(a)).toBe(429);
  });
});

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('délai dépassé');
    await new Promise((r) => setTimeout(r, 20));
  }
}
