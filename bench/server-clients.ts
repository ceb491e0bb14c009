// Simulated devices for `npm run bench:server`: accounts, sign-in, live streams, pushes of a new
// company — what the app does, over plain fetch.
import { randomUUID } from 'node:crypto';
import { API_ROUTES } from '../src/domain/api';
import { readSse, type SseEvent } from '../src/sync/sse';

export const TERRITORIES = [
  'dijon-metropole',
  'cu-creusot-montceau',
  'cc-grand-autunois-morvan',
  'cc-entre-arroux-loire-somme',
  'cc-grand-charolais',
];
export const ADMIN = { email: 'bench-admin@synergies.local', password: 'bench-admin-password' };
const PASSWORD = 'bench-password-long';

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export async function json(url: string, init: RequestInit & { token?: string; body?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return fetch(url, { ...init, headers });
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await json(base + API_ROUTES.login, { method: 'POST', body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`connexion ${email} : ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export interface Device {
  token: string;
  territory: string;
}

/** One account per 8 devices (the per-account stream limit), spread over the territories. */
export async function makeDevices(base: string, admin: string, count: number, tag: string): Promise<Device[]> {
  const devices: Device[] = [];
  for (let a = 0; a * 8 < count; a++) {
    const territory = TERRITORIES[a % TERRITORIES.length]!;
    const email = `${tag}-${a}@synergies.local`;
    const created = await json(base + API_ROUTES.adminUsers, {
      method: 'POST',
      token: admin,
      body: JSON.stringify({ email, name: `Appareil ${a}`, role: 'advisor', territoryIds: [territory], password: PASSWORD }),
    });
    if (created.status !== 201) throw new Error(`compte ${email} : ${created.status}`);
    const token = await signIn(base, email, PASSWORD);
    for (let d = 0; d < 8 && devices.length < count; d++) devices.push({ token, territory });
  }
  return devices;
}

export interface Stream {
  /** True once the server said `ready`; false when the stream could not open. */
  ready: Promise<boolean>;
  /** Resolves when the server or the network ends the stream. */
  ended: Promise<void>;
  stop(): void;
}

export function listen(base: string, token: string, onEvent: (e: SseEvent) => void): Stream {
  const abort = new AbortController();
  let markReady: (opened: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (markReady = resolve));
  const ended = fetch(base + API_ROUTES.live, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal })
    .then((res) => {
      if (res.status !== 200) throw new Error(`flux ${res.status}`);
      return readSse(res.body!, (e) => {
        if (e.event === 'ready') markReady(true);
        onEvent(e);
      });
    })
    .catch(() => undefined)
    .finally(() => markReady(false));
  return { ready, ended, stop: () => abort.abort() };
}

export function company(territory: string) {
  const now = Date.now();
  const id = `bench-${randomUUID()}`;
  const record = {
    id,
    createdAt: now,
    updatedAt: now,
    rev: 0,
    deleted: false,
    name: `Entreprise ${id.slice(-6)}`,
    territoryId: territory,
    address: '',
    notes: '',
  };
  return { mutationId: randomUUID(), table: 'companies', recordId: id, op: 'upsert', patch: record, baseRev: 0, clientTime: now };
}

/** The environment of a bench instance: PostgreSQL, a known admin, limits above the bench's load. */
export const instanceEnv = (databaseUrl: string): Record<string, string> => ({
  DATABASE_URL: databaseUrl,
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  MAX_CONNECTIONS: '2048',
  MAX_CONNECTIONS_PER_ADDRESS: '2048',
  MAX_UNAUTHENTICATED_PER_ADDRESS: '512',
  MAX_LIVE_STREAMS: '1024',
  DATA_DIR: '/nonexistent',
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
