// Faults against the real server process on loopback: lost replies, a kill mid-push, two devices.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../src/domain/sync-protocol';
import { startCuttingProxy } from './helpers/cutting-proxy';
import { company, create, edit, flux } from './helpers/fixtures';
import { startServer, type ServerProcess } from './helpers/server-process';
import { ADMIN, serverEnv } from './helpers/server-env';
import { SyncClient } from './helpers/sync-client';

let server: ServerProcess;
let env: Awaited<ReturnType<typeof serverEnv>>;

beforeAll(async () => {
  env = await serverEnv();
  server = await startServer(env.env);
});
afterAll(async () => {
  await server?.stop();
  await env?.dispose();
});

async function device(url = server.url): Promise<SyncClient> {
  const client = new SyncClient(url, `device-${randomUUID().slice(0, 8)}`);
  await client.login(ADMIN.email, ADMIN.password);
  return client;
}

describe('faults', () => {
  it('applies nothing twice when the reply is lost after the server committed', async () => {
    const proxy = await startCuttingProxy(server.port);
    try {
      const client = await device(proxy.url);
      const c = company();
      const batch = [create('companies', c), create('flux', flux(String(c.id))), create('flux', flux(String(c.id)))];
      proxy.cutNextReply();
      await expect(client.push(batch)).rejects.toThrow();
      expect(proxy.cuts()).toBe(1);
      // The device never saw the answer, so it retries the very same mutations.
      const retry = await client.push(batch);
      expect(retry.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const changes = await client.pull();
      const ids = changes.map((ch) => ch.record.id);
      for (const m of batch) expect(ids.filter((id) => id === m.recordId)).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('keeps every record exactly once when the server is killed in the middle of a 5,000-record push', async () => {
    const client = await device();
    const territories = ['dijon-metropole', 'cu-creusot-montceau', 'cc-grand-charolais'];
    const records = Array.from({ length: 5000 }, (_, i) =>
      company({ id: `kill-${i}`, name: `Entreprise ${i}`, territoryId: territories[i % 3] }),
    );
    const batches: Mutation[][] = [];
    for (let i = 0; i < records.length; i += 250) batches.push(records.slice(i, i + 250).map((r) => create('companies', r)));

    const acknowledged = new Set<number>();
    for (let b = 0; b < 3; b++) {
      await client.push(batches[b]!);
      acknowledged.add(b);
    }
    // Batch 3 is in flight when the server dies: it may or may not have been committed.
    const inFlight = client.push(batches[3]!).then(
      () => acknowledged.add(3),
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 30));
    await server.stop('SIGKILL');
    await inFlight;

    server = await startServer(env.env, server.port);
    for (let b = 0; b < batches.length; b++) {
      if (acknowledged.has(b)) continue;
      const statuses = new Set((await client.push(batches[b]!)).map((r) => r.status));
      // A batch is one transaction: after the crash it was committed whole or not at all.
      expect([...statuses]).toHaveLength(1);
      expect(['applied', 'duplicate']).toContain([...statuses][0]);
    }
    const pulled = (await client.pull()).filter((ch) => String(ch.record.id).startsWith('kill-'));
    expect(pulled).toHaveLength(5000);
    expect(new Set(pulled.map((ch) => ch.record.id)).size).toBe(5000);
  });

  it('keeps both edits when two devices change different fields of one company offline', async () => {
    const a = await device();
    const b = await device();
    const c = company({ territoryId: 'dijon-metropole' });
    await a.push([create('companies', c)]);
    await a.pull();
    await b.pull();
    const rev = Number(b.record('companies', String(c.id))!.rev);
    // Both offline: each edits a different field from the same revision, then syncs.
    const editA = edit('companies', String(c.id), rev, { address: '3 avenue de la Gare' });
    const editB = edit('companies', String(c.id), rev, { notes: 'Chaleur fatale disponible' });
    expect((await a.push([editA]))[0]?.status).toBe('applied');
    expect((await b.push([editB]))[0]?.status).toBe('applied');
    await a.pull();
    await b.pull();
    for (const d of [a, b]) {
      expect(d.record('companies', String(c.id))).toMatchObject({
        address: '3 avenue de la Gare',
        notes: 'Chaleur fatale disponible',
      });
    }
  });
});
