// The live channel: only signed-in devices listen, each hears only of its territories' changes,
// and devices that vanish mid-stream leave nothing behind.
import { connect } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { REFERENCE_ROUTES } from '../../src/domain/reference-data';
import { createApp } from '../../src/server/app';
import { openSession, SESSION_DAYS } from '../../src/server/auth/sessions';
import { createUser, findUserByEmail } from '../../src/server/auth/users-repo';
import { LiveHub } from '../../src/server/live/hub';
import { readSse, type SseEvent } from '../../src/sync/sse';
import { company, create } from './helpers/fixtures';
import { freePort } from './helpers/server-process';
import { openTestStore, type TestStore } from './helpers/test-store';

let store: TestStore;
let hub: LiveHub;
let server: ServerType;
let base: string;
let port: number;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  store = await openTestStore();
  // Keep-alives every 300 ms: a stream whose session expires is closed at the next one.
  hub = new LiveHub(store.sql, { perUser: 3, total: 100 }, { heartbeatMs: 300 });
  const app = createApp({ sql: store.sql, live: hub, log: () => undefined });
  port = await freePort();
  server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  base = `http://127.0.0.1:${port}`;
  const people = [
    ['lea@cci.fr', 'advisor', ['dijon-metropole']],
    ['marc@cci.fr', 'advisor', ['cu-creusot-montceau']],
  ] as const;
  for (const [email, role, territoryIds] of people) {
    await createUser(store.sql, { email, name: email, role, territoryIds: [...territoryIds], password: 'correct horse' });
    const response = await fetch(base + API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse' }),
    });
    tokens[email] = ((await response.json()) as { token: string }).token;
  }
});
afterAll(async () => {
  server.close();
  await store.dispose();
});

interface Listening {
  events: SseEvent[];
  /** True once the server ended the stream. */
  ended(): boolean;
  stop(): void;
  waitFor(predicate: (events: SseEvent[]) => boolean, ms?: number): Promise<void>;
}

async function listen(token: string): Promise<Listening> {
  const abort = new AbortController();
  const response = await fetch(base + API_ROUTES.live, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: SseEvent[] = [];
  let over = false;
  readSse(response.body!, (e) => events.push(e))
    .catch(() => undefined)
    .finally(() => (over = true));
  const waitFor = async (predicate: (e: SseEvent[]) => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!predicate(events)) {
      if (Date.now() > until) throw new Error(`événements reçus : ${JSON.stringify(events)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitFor((e) => e.some((x) => x.event === 'ready'));
  return { events, ended: () => over, stop: () => abort.abort(), waitFor };
}

const push = (token: string, record: Record<string, unknown>) =>
  fetch(base + API_ROUTES.push, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'tablette-1', mutations: [create('companies', record)] }),
  });

const changes = (events: SseEvent[]) => events.filter((e) => e.event === 'change');

describe('live channel', () => {
  it('refuses a device that is not signed in', async () => {
    expect((await fetch(base + API_ROUTES.live)).status).toBe(401);
    expect((await fetch(base + API_ROUTES.live, { headers: { authorization: 'Bearer nope-nope-nope-nope-nope' } })).status).toBe(401);
  });

  it('tells each device of its own territories’ changes, and never of another territory’s', async () => {
    const lea = await listen(tokens['lea@cci.fr']!);
    const marc = await listen(tokens['marc@cci.fr']!);

    expect((await push(tokens['lea@cci.fr']!, company({ territoryId: 'dijon-metropole', name: 'Imprimerie Bertin' }))).status).toBe(200);
    await lea.waitFor((e) => changes(e).length === 1);
    // The hub has checked every listener by the time Léa heard: Marc had nothing to hear.
    await hub.changed();
    expect(changes(marc.events)).toHaveLength(0);

    expect((await push(tokens['marc@cci.fr']!, company({ territoryId: 'cu-creusot-montceau' }))).status).toBe(200);
    await marc.waitFor((e) => changes(e).length === 1);
    await hub.changed();
    expect(changes(lea.events)).toHaveLength(1);
    const announced = JSON.parse(changes(marc.events)[0]!.data) as { rev: number };
    expect(announced.rev).toBeGreaterThan(JSON.parse(changes(lea.events)[0]!.data).rev);

    lea.stop();
    marc.stop();
  });

  it('tells the devices of a territory when a business park is proposed there, and no one else', async () => {
    const lea = await listen(tokens['lea@cci.fr']!);
    const marc = await listen(tokens['marc@cci.fr']!);
    const proposed = await fetch(base + REFERENCE_ROUTES.proposals, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['lea@cci.fr']}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'zone-greves', territoryId: 'dijon-metropole', name: 'ZI des Grèves' }),
    });
    expect(proposed.status).toBeLessThan(300);
    await lea.waitFor((e) => changes(e).length === 1);
    await hub.changed();
    expect(changes(marc.events)).toHaveLength(0);
    lea.stop();
    marc.stop();
  });

  it('limits the streams one account may hold open', async () => {
    const open = [await listen(tokens['lea@cci.fr']!), await listen(tokens['lea@cci.fr']!), await listen(tokens['lea@cci.fr']!)];
    const refused = await fetch(base + API_ROUTES.live, { headers: { authorization: `Bearer ${tokens['lea@cci.fr']}` } });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Trop de connexions/);
    for (const l of open) l.stop();
  });

  it('forgets devices that vanish mid-stream and keeps serving the others', async () => {
    await waitUntil(() => hub.size === 0);
    const request = `GET ${API_ROUTES.live} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${tokens['marc@cci.fr']}\r\n\r\n`;
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        socket.once('data', () => {
          // Gone without a word: no FIN handshake, as a tablet whose battery died.
          socket.resetAndDestroy();
          resolve();
        });
        socket.once('error', reject);
      });
    }
    await waitUntil(() => hub.size === 0);
    const lea = await listen(tokens['lea@cci.fr']!);
    expect((await push(tokens['lea@cci.fr']!, company({ territoryId: 'dijon-metropole' }))).status).toBe(200);
    await lea.waitFor((e) => changes(e).length === 1);
    lea.stop();
  });
});

describe('a burst of writes', () => {
  it('reaches each listener as a few nudges, the last carrying the latest revision', async () => {
    const lea = await listen(tokens['lea@cci.fr']!);
    const revs: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await push(tokens['lea@cci.fr']!, company({ territoryId: 'dijon-metropole' }));
      revs.push(((await res.json()) as { results: Array<{ rev: number }> }).results[0]!.rev);
    }
    const latest = Math.max(...revs);
    await lea.waitFor((e) => changes(e).some((c) => JSON.parse(c.data).rev === latest));
    // 12 pushes in well under a second: far fewer nudges than pushes, nothing lost at the end.
    expect(changes(lea.events).length).toBeLessThan(12);
    lea.stop();
  });
});

describe('streams follow the session and the account', () => {
  const signIn = async (email: string) => {
    const response = await fetch(base + API_ROUTES.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse' }),
    });
    const body = (await response.json()) as { token: string };
    if (response.status !== 200) throw new Error(`connexion ${email} : ${response.status} ${JSON.stringify(body)}`);
    return body.token;
  };

  it('closes a stream at sign-out, and only that session’s', async () => {
    const first = await signIn('lea@cci.fr');
    const second = await signIn('lea@cci.fr');
    const a = await listen(first);
    const b = await listen(second);
    const out = await fetch(base + API_ROUTES.logout, { method: 'POST', headers: { authorization: `Bearer ${first}` } });
    expect(out.status).toBeLessThan(300);
    await waitUntil(() => a.ended());
    expect(b.ended()).toBe(false);
    b.stop();
  });

  it('closes a stream when its session expires, though nobody signs out', async () => {
    const lea = await findUserByEmail(store.sql, 'lea@cci.fr');
    // A session opened 90 days ago, less five seconds.
    const expiresAt = Date.now() + 5000;
    const token = await openSession(store.sql, lea!.id, expiresAt - SESSION_DAYS * 24 * 3600 * 1000);
    const expiring = await listen(token);
    const other = await listen(await signIn('lea@cci.fr'));
    await waitUntil(() => expiring.ended(), 20_000);
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
    expect(other.ended()).toBe(false);
    other.stop();
    // Reopening it is refused.
    const again = await fetch(base + API_ROUTES.live, { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(401);
  });

  it('closes the streams of an account whose password is reset, territories change or which is removed', async () => {
    const admin = await createUser(store.sql, {
      email: 'chef@cci.fr',
      name: 'Chef',
      role: 'admin',
      territoryIds: ['dijon-metropole'],
      password: 'correct horse',
    });
    const adminToken = await signIn('chef@cci.fr');
    const paul = await createUser(store.sql, {
      email: 'paul@cci.fr',
      name: 'Paul',
      role: 'advisor',
      territoryIds: ['dijon-metropole'],
      password: 'correct horse',
    });
    const call = (path: string, method: string, body?: unknown) =>
      fetch(base + path, {
        method,
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    let stream = await listen(await signIn('paul@cci.fr'));
    expect((await call(`${API_ROUTES.adminUsers}/${paul.id}`, 'PATCH', { territoryIds: ['cu-creusot-montceau'] })).status).toBe(200);
    await waitUntil(() => stream.ended());

    stream = await listen(await signIn('paul@cci.fr'));
    // A change that leaves role and territories as they are keeps the stream.
    expect((await call(`${API_ROUTES.adminUsers}/${paul.id}`, 'PATCH', { name: 'Paul Durand' })).status).toBe(200);
    await hub.recheckAccount(paul.id);
    expect(stream.ended()).toBe(false);
    const reset = await call(`${API_ROUTES.adminUsers}/${paul.id}/password`, 'POST', { password: 'correct horse' });
    expect(reset.status).toBe(200);
    await waitUntil(() => stream.ended());

    stream = await listen(await signIn('paul@cci.fr'));
    expect((await call(`${API_ROUTES.adminUsers}/${paul.id}`, 'DELETE')).status).toBeLessThan(300);
    await waitUntil(() => stream.ended());
    expect(admin.role).toBe('admin');
  });

  it('tells a device the revision of its own territories, not the programme’s', async () => {
    await createUser(store.sql, {
      email: 'region@cci.fr',
      name: 'Région',
      role: 'admin',
      territoryIds: ['dijon-metropole'],
      password: 'correct horse',
    });
    const region = await signIn('region@cci.fr');
    const lea = await listen(tokens['lea@cci.fr']!);
    // One batch: a Dijon company, then a Creusot one with a later revision.
    const batch = await fetch(base + API_ROUTES.push, {
      method: 'POST',
      headers: { authorization: `Bearer ${region}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: 'poste-region',
        mutations: [
          create('companies', company({ territoryId: 'dijon-metropole' })),
          create('companies', company({ territoryId: 'cu-creusot-montceau' })),
        ],
      }),
    });
    const results = ((await batch.json()) as { results: Array<{ rev: number }> }).results;
    const [dijonRev, creusotRev] = results.map((r) => r.rev);
    expect(creusotRev).toBeGreaterThan(dijonRev!);
    await lea.waitFor((e) => changes(e).length === 1);
    expect(JSON.parse(changes(lea.events)[0]!.data).rev).toBe(dijonRev);
    lea.stop();
  });
});

async function waitUntil(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('délai dépassé');
    await new Promise((r) => setTimeout(r, 20));
  }
}
