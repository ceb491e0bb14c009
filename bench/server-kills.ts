// The kill case of `npm run bench:server`: two instances behind one address (a round-robin balancer
// standing for the reverse proxy), devices listening and writing through it, and each instance
// killed in turn (SIGKILL, no goodbye) then started again. Devices behave as the app does: a
// request cut by the kill is sent again (same mutation id), a stream that ends is reopened. Prints
// what happened: requests cut and sent again, streams reopened and how long that took, errors,
// and the acknowledged mutations missing from the database afterwards (the goal is none).
import pg from 'pg';
import { API_ROUTES } from '../src/domain/api';
import { startServer, type ServerProcess } from '../tests/server/helpers/server-process';
import { createPgDatabase } from '../tests/server/helpers/test-store';
import { ADMIN, company, instanceEnv, json, listen, makeDevices, signIn, sleep, type Device } from './server-clients';
import { startBalancer } from './tcp-balancer';

interface KillFigures {
  acknowledged: string[];
  /** Attempts that got no answer (connection cut or refused), each sent again. */
  cut: number;
  /** Answers other than 200 (each one a clear HTTP error, not a silence). */
  errors: Map<number, number>;
  reopened: number;
}

/** Pushes until acknowledged, as the app's outbox does: a cut attempt is sent again, same mutation id. */
async function pushUntilAcknowledged(base: string, device: Device, index: number, figures: KillFigures): Promise<void> {
  const mutation = company(device.territory);
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await json(base + API_ROUTES.push, {
      method: 'POST',
      token: device.token,
      body: JSON.stringify({ clientId: `bench-kill-${index}`, mutations: [mutation] }),
    }).catch(() => undefined);
    if (res?.status === 200) {
      const { results } = (await res.json()) as { results: Array<{ status: string }> };
      if (results[0]?.status === 'applied' || results[0]?.status === 'duplicate') figures.acknowledged.push(mutation.recordId);
      return;
    }
    if (res) {
      figures.errors.set(res.status, (figures.errors.get(res.status) ?? 0) + 1);
      await res.arrayBuffer().catch(() => undefined);
    } else figures.cut++;
    await sleep(100);
  }
}

export async function runWithKills(url: string, listeners: number, seconds: number, writers: number, nodeArgs: readonly string[]) {
  const db = await createPgDatabase(url);
  const env = instanceEnv(db.url);
  const servers: ServerProcess[] = [await startServer(env, undefined, nodeArgs), await startServer(env, undefined, nodeArgs)];
  const balancer = await startBalancer(servers.map((s) => s.port));
  const base = balancer.url;
  const figures: KillFigures = { acknowledged: [], cut: 0, errors: new Map(), reopened: 0 };
  let stopping = false;
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let connected = 0;
  const lines: string[] = [];
  try {
    const admin = await signIn(base, ADMIN.email, ADMIN.password);
    const devices = await makeDevices(base, admin, listeners, 'ecoute');
    const keepListening = async (device: Device) => {
      for (let first = true; !stopping; first = false) {
        const stream = listen(base, device.token, () => undefined);
        if (await stream.ready) {
          connected++;
          if (!first) figures.reopened++;
          await Promise.race([stream.ended, stopped]);
          connected--;
        }
        stream.stop();
        // The app reopens after a short random pause, so a killed instance's devices do not all come at once.
        if (!stopping) await sleep(200 + Math.random() * 300);
      }
    };
    const listening = devices.map(keepListening);
    await until(() => connected === listeners);
    const writing = await makeDevices(base, admin, writers, 'ecrit');
    const end = Date.now() + seconds * 1000;
    const written = writing.map(async (device, i) => {
      while (Date.now() < end) await pushUntilAcknowledged(base, device, i, figures);
    });

    // Each instance killed once, at a third and at two thirds of the run, then started again.
    for (const [victim, at] of [
      [1, end - (seconds * 2000) / 3],
      [0, end - (seconds * 1000) / 3],
    ] as const) {
      await sleep(Math.max(0, at - Date.now()));
      const before = { cut: figures.cut, reopened: figures.reopened };
      const killedAt = performance.now();
      const { port } = servers[victim]!;
      servers[victim]!.child.kill('SIGKILL');
      await servers[victim]!.stop();
      await until(() => connected < listeners, 2000);
      await until(() => connected === listeners, 20_000);
      const back = performance.now() - killedAt;
      const reopened = figures.reopened - before.reopened;
      servers[victim] = await startServer(env, port, nodeArgs);
      lines.push(
        `  instance ${victim + 1} tuée : ${reopened} flux coupés, ${connected === listeners ? 'tous rouverts' : `${listeners - connected} non rouverts`} ` +
          `par la même adresse en ${back.toFixed(0)} ms ; ${figures.cut - before.cut} envois coupés en route, renvoyés ; ` +
          `relancée sur le même port`,
      );
    }
    await Promise.all(written);
    stopping = true;
    stop();
    await Promise.all(listening);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const found = await client.query<{ n: string }>('SELECT count(*) AS n FROM records WHERE id = ANY($1)', [figures.acknowledged]);
    await client.end();
    const missing = figures.acknowledged.length - Number(found.rows[0]!.n);
    const errors = [...figures.errors].map(([status, n]) => `${n} × ${status}`).join(', ') || '0';
    console.log(
      `2 instance(s) derrière une adresse, ${listeners} à l’écoute, chaque instance tuée une fois (SIGKILL) : ` +
        `${figures.acknowledged.length} envois acquittés, ${missing} perdus, erreurs HTTP ${errors}`,
    );
    for (const line of lines) console.log(line);
  } finally {
    stopping = true;
    stop();
    await balancer.close();
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

/** Waits for a condition (checked every 10 ms), up to `ms`. */
async function until(condition: () => boolean, ms = 60_000): Promise<void> {
  const limit = Date.now() + ms;
  while (!condition() && Date.now() < limit) await sleep(10);
}
