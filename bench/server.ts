// `npm run bench:server`: the server under a region's load, on PostgreSQL. Simulated devices keep
// live streams open (0, 50, 500) while 20 writers push a company and pull, for BENCH_SECONDS (60 by
// default), against one instance, then two behind a round-robin; prints requests/s, requests per
// CPU-second of the server processes, push and pull p50/p99, errors and memory, and how long a push
// on one instance takes to reach a device listening on the other. Starts a throw-away PostgreSQL
// (.ci/postgres.sh) unless DATABASE_URL is set.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { API_ROUTES } from '../src/domain/api';
import { NUDGE_INTERVAL_MS } from '../src/server/live/fan-out';
import { startServer, type ServerProcess } from '../tests/server/helpers/server-process';
import { createPgDatabase } from '../tests/server/helpers/test-store';
import { ADMIN, company, instanceEnv, json, listen, makeDevices, percentile, signIn, type Device } from './server-clients';
import { runWithKills } from './server-kills';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 20);
const LISTENERS = (process.env.BENCH_LISTENERS ?? '0,50,500').split(',').map(Number);
/** e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to see where the servers spend their time. */
const NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const INSTANCES = (process.env.BENCH_INSTANCES ?? '1,2').split(',').map(Number);
/** Epoch milliseconds at which to start measuring (after set-up), for runs side by side. */
const START_AT = Number(process.env.BENCH_START_AT ?? 0);
/** Devices listening during the kill case (0: no kill case). */
const KILLS = Number(process.env.BENCH_KILL_LISTENERS ?? 50);

function postgres(): { url: string; stop: () => void } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  const exports = execFileSync('bash', ['.ci/postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const env = Object.fromEntries([...exports.matchAll(/export (\w+)='?([^'\n]*)'?/g)].map((m) => [m[1]!, m[2]!]));
  // PG_STOP is printed shell-quoted (printf %q): unescape it into one command line.
  const stop = env.PG_STOP!.replace(/\\(.)/g, '$1');
  return { url: env.DATABASE_URL!, stop: () => execFileSync('bash', ['-c', stop]) };
}

const cpuSeconds = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
};
const rssMiB = (pid: number): number =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

interface Figures {
  requests: number;
  errors: number;
  push: number[];
  pull: number[];
}

async function writer(bases: string[], device: Device, until: number, figures: Figures, index: number): Promise<void> {
  let since = 0;
  for (let i = index; Date.now() < until; i++) {
    const base = bases[i % bases.length]!;
    const t0 = performance.now();
    const pushed = await json(base + API_ROUTES.push, {
      method: 'POST',
      token: device.token,
      body: JSON.stringify({ clientId: `bench-writer-${index}`, mutations: [company(device.territory)] }),
    }).catch(() => undefined);
    figures.push.push(performance.now() - t0);
    figures.requests++;
    if (!pushed || pushed.status !== 200) figures.errors++;
    else await pushed.arrayBuffer();
    const t1 = performance.now();
    const pulled = await fetch(`${base}${API_ROUTES.pull}?since=${since}&limit=100`, {
      headers: { authorization: `Bearer ${device.token}` },
    }).catch(() => undefined);
    figures.pull.push(performance.now() - t1);
    figures.requests++;
    if (!pulled || pulled.status !== 200) figures.errors++;
    else since = ((await pulled.json()) as { cursor: number }).cursor;
  }
}

async function run(url: string, instances: number, listeners: number): Promise<void> {
  const db = await createPgDatabase(url);
  const env = instanceEnv(db.url);
  const servers: ServerProcess[] = [];
  for (let i = 0; i < instances; i++) servers.push(await startServer(env, undefined, NODE_ARGS));
  const bases = servers.map((s) => s.url);
  try {
    const admin = await signIn(bases[0]!, ADMIN.email, ADMIN.password);
    const devices = await makeDevices(bases[0]!, admin, listeners, 'ecoute');
    const streams = devices.map((d, i) => listen(bases[i % bases.length]!, d.token, () => undefined));
    await Promise.all(streams.map((s) => s.ready));
    const writers = await makeDevices(bases[0]!, admin, WRITERS, 'ecrit');

    // Two runs started side by side (0 and 500 listeners) measure over the same seconds of a busy machine.
    if (START_AT) await new Promise((resolve) => setTimeout(resolve, Math.max(0, START_AT - Date.now())));
    const figures: Figures = { requests: 0, errors: 0, push: [], pull: [] };
    const cpuBefore = servers.map((s) => cpuSeconds(s.child.pid!));
    const started = Date.now();
    await Promise.all(writers.slice(0, WRITERS).map((w, i) => writer(bases, w, started + SECONDS * 1000, figures, i)));
    const elapsed = (Date.now() - started) / 1000;
    const cpu = servers.reduce((sum, s, i) => sum + cpuSeconds(s.child.pid!) - cpuBefore[i]!, 0);
    const push = [...figures.push].sort((a, b) => a - b);
    const pull = [...figures.pull].sort((a, b) => a - b);

    let crossing = '';
    if (instances > 1) {
      const times: number[] = [];
      const [probe] = await makeDevices(bases[0]!, admin, 1, 'sonde');
      for (let i = 0; i < 20; i++) {
        let heard = 0;
        const stream = listen(bases[1]!, probe!.token, (e) => {
          if (e.event === 'change' && heard === 0) heard = performance.now();
        });
        await stream.ready;
        const t0 = performance.now();
        await json(bases[0]! + API_ROUTES.push, {
          method: 'POST',
          token: probe!.token,
          body: JSON.stringify({ clientId: 'sonde', mutations: [company(probe!.territory)] }),
        });
        while (heard === 0 && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 2));
        times.push(heard === 0 ? Infinity : heard - t0);
        stream.stop();
        // Nudges of a busy territory are paced (NUDGE_INTERVAL_MS): this measures the crossing itself.
        await new Promise((r) => setTimeout(r, NUDGE_INTERVAL_MS + 100));
      }
      times.sort((a, b) => a - b);
      crossing = ` | push → appareil sur l’autre instance : médiane ${percentile(times, 50).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`;
    }
    for (const s of streams) s.stop();
    console.log(
      `${instances} instance(s), ${String(listeners).padStart(3)} à l’écoute : ${(figures.requests / elapsed).toFixed(0)} req/s, ` +
        `${(figures.requests / cpu).toFixed(0)} req par s CPU serveur, push p50 ${percentile(push, 50).toFixed(0)} ms p99 ${percentile(push, 99).toFixed(0)} ms, ` +
        `pull p50 ${percentile(pull, 50).toFixed(0)} ms p99 ${percentile(pull, 99).toFixed(0)} ms, erreurs ${figures.errors}, ` +
        `RSS ${servers.map((s) => rssMiB(s.child.pid!)).join(' + ')} Mo${crossing}`,
    );
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

const pg = postgres();
try {
  console.log(`Banc serveur : ${WRITERS} clients qui envoient et tirent pendant ${SECONDS} s, PostgreSQL`);
  for (const instances of INSTANCES) for (const listeners of LISTENERS) await run(pg.url, instances, listeners);
  if (INSTANCES.includes(2) && KILLS > 0) await runWithKills(pg.url, KILLS, SECONDS, WRITERS, NODE_ARGS);
} finally {
  pg.stop();
}
