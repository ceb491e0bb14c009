// `npm run bench:sync`: the real server on a temp folder; one user pushes 10,000 records in
// batches, then pulls them all; prints records per second each way and the server's peak memory.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_PUSH_BATCH, type Mutation } from '../src/domain/sync-protocol';
import { startServer } from '../tests/server/helpers/server-process';
import { SyncClient } from '../tests/server/helpers/sync-client';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const BATCH = Math.min(Number(process.env.BENCH_BATCH ?? MAX_PUSH_BATCH), MAX_PUSH_BATCH);
const TERRITORIES = ['dijon-metropole', 'cu-creusot-montceau', 'cc-grand-charolais'];
const USER = { email: 'bench@synergies.local', password: 'bench-password' };

function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function mutation(i: number): Mutation {
  const now = Date.now();
  const record = {
    id: `bench-${i}`,
    createdAt: now,
    updatedAt: now,
    rev: 0,
    deleted: false,
    name: `Entreprise ${i}`,
    territoryId: TERRITORIES[i % TERRITORIES.length],
    address: `${i} rue de l’Industrie`,
    naf: '25.62B',
    notes: 'Fiche créée par le banc de synchronisation.',
  };
  return { mutationId: randomUUID(), table: 'companies', recordId: record.id, op: 'upsert', patch: record, baseRev: 0, clientTime: now };
}

const dataDir = mkdtempSync(join(tmpdir(), 'st-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
try {
  // The account is made with the admin command, as an operator would, before the server starts.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/admin.ts',
      'user',
      'add',
      '--email',
      USER.email,
      '--name',
      'Banc',
      '--role',
      'advisor',
      '--territories',
      TERRITORIES.join(','),
      '--password',
      USER.password,
    ],
    {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    },
  );
  const server = await startServer(env);
  try {
    const client = new SyncClient(server.url, 'bench-device');
    await client.login(USER.email, USER.password);
    const mutations = Array.from({ length: RECORDS }, (_, i) => mutation(i));

    let t0 = performance.now();
    for (let i = 0; i < mutations.length; i += BATCH) {
      const results = await client.push(mutations.slice(i, i + BATCH));
      const bad = results.find((r) => r.status !== 'applied');
      if (bad) throw new Error(`unexpected result: ${JSON.stringify(bad)}`);
    }
    const pushSeconds = (performance.now() - t0) / 1000;

    t0 = performance.now();
    const pulled = await client.pull();
    const pullSeconds = (performance.now() - t0) / 1000;
    if (pulled.length !== RECORDS) throw new Error(`pulled ${pulled.length}, expected ${RECORDS}`);

    console.log(`Synchronisation — ${RECORDS} entreprises, lots de ${BATCH}, PGlite (${dataDir})`);
    console.log(`  envoi    : ${pushSeconds.toFixed(2)} s, ${Math.round(RECORDS / pushSeconds)} enregistrements/s`);
    console.log(`  réception: ${pullSeconds.toFixed(2)} s, ${Math.round(RECORDS / pullSeconds)} enregistrements/s`);
    console.log(`  mémoire max du serveur (VmHWM) : ${peakMemoryMiB(server.child.pid!)} Mio`);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
