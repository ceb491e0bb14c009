// `npm run bench:first-sync`: a new device's first sync at regional scale. The real server (PGlite)
// receives 8,000 companies and 24,000 flux (32,000 records, BENCH_RECORDS to change), then the built
// app in Debian's Chromium signs in as an admin and pulls them all; prints the time from sign-in to
// the last record stored, records per second, and the progress figures the header showed; first
// the time the server alone takes to serve those pages to a client that stores nothing.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Mutation } from '../src/domain/sync-protocol';
import { descendantsCpuSeconds, treeCpuSeconds } from './process-cpu';
import { startApp, type RunningApp } from '../tests/e2e/helpers/app-server';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { openInstalledApp, signIn } from '../tests/e2e/helpers/pages';
import { SyncClient } from '../tests/server/helpers/sync-client';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 32_000);
/** New devices signing in one after another on the same server (BENCH_RUNS): the spread says how noisy the machine is. */
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const ADMIN = { email: 'admin-bench@synergies.local', password: 'admin-bench-password' };
const TERRITORIES = ['dijon-metropole', 'cu-creusot-montceau', 'cc-grand-charolais'];
const RESOURCES = ['mat.cardboard', 'mat.wood-pallets', 'mat.scrap-metal', 'nrj.electricity', 'comp.training-sst'];

function mutations(): Mutation[] {
  const out: Mutation[] = [];
  const companies = Math.round(RECORDS / 4);
  const now = Date.now();
  const m = (table: Mutation['table'], record: Record<string, unknown>): Mutation => ({
    mutationId: randomUUID(),
    table,
    recordId: String(record.id),
    op: 'upsert',
    patch: { createdAt: now, updatedAt: now, rev: 0, deleted: false, ...record },
    baseRev: 0,
    clientTime: now,
  });
  for (let c = 0; c < companies; c++) {
    const id = `bench-co-${c}`;
    out.push(
      m('companies', {
        id,
        name: `Entreprise ${c}`,
        territoryId: TERRITORIES[c % TERRITORIES.length],
        address: `${c} rue de l’Industrie`,
        notes: '',
      }),
    );
    for (let f = 0; f < 3; f++) {
      const resourceCode = RESOURCES[(c + f) % RESOURCES.length]!;
      out.push(
        m('flux', {
          id: `bench-fx-${c}-${f}`,
          companyId: id,
          family: resourceCode.startsWith('mat.') ? 'materials' : resourceCode.startsWith('nrj.') ? 'energy' : 'skills',
          resourceCode,
          direction: f % 2 ? 'need' : 'offer',
          quantity: 10 + f,
        }),
      );
    }
  }
  return out.slice(0, RECORDS);
}

/** Reads, in the page, how many companies and flux the signed-in account's database holds. */
const STORED = `(async () => {
  for (const info of await indexedDB.databases()) {
    if (!info.name || !info.name.startsWith('synergies')) continue;
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(info.name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    if (!db.objectStoreNames.contains('flux')) { db.close(); continue; }
    const count = (store) => new Promise((resolve) => {
      const r = db.transaction(store).objectStore(store).count();
      r.onsuccess = () => resolve(r.result);
    });
    const total = (await count('companies')) + (await count('flux'));
    db.close();
    if (total > 0) return total;
  }
  return 0;
})()`;

/** One new device (a fresh browser context) signs in and pulls everything; returns seconds and progress seen. */
async function firstSync(
  browser: Browser,
  app: RunningApp,
  total: number,
): Promise<{ seconds: number; seen: string[]; cpu: { browser: number; server: number } }> {
  const context = await browser.newContext();
  const page = await openInstalledApp(context, app.url);
  const seen = new Set<string>();
  const watch = setInterval(() => {
    void page
      .getByTestId('sync-status')
      .textContent()
      .then((t) => {
        const m = /Réception ([^/]+\/[^A-Za-zÀ-ÿ]+)/.exec(t ?? '');
        if (m) seen.add(m[1]!.trim());
      })
      .catch(() => undefined);
  }, 250);
  // The browser's processes are this one's children, besides the server.
  const browserCpu = () => descendantsCpuSeconds(process.pid, [app.process.pid!]);
  const cpuBefore = { browser: browserCpu(), server: treeCpuSeconds(app.process.pid!) };
  const started = performance.now();
  await signIn(page, app.url, ADMIN.email, ADMIN.password);
  // A string, not a function: tsx would add helpers the page does not have.
  const stored = () => page.evaluate(STORED) as Promise<number>;
  for (let n = await stored(); n < total; n = await stored()) {
    if (process.env.BENCH_DEBUG) console.log(`stockées : ${n}`);
    if (performance.now() - started > 600_000) throw new Error('Première synchronisation non terminée en 10 min');
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = { browser: browserCpu() - cpuBefore.browser, server: treeCpuSeconds(app.process.pid!) - cpuBefore.server };
  clearInterval(watch);
  await context.close();
  return { seconds, seen: [...seen], cpu };
}

const app = await startApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
const browser = await launchChromium();
try {
  const seeder = new SyncClient(app.url, 'bench-seeder');
  await seeder.login(ADMIN.email, ADMIN.password);
  const all = mutations();
  for (let i = 0; i < all.length; i += 500) {
    const refused = (await seeder.push(all.slice(i, i + 500))).filter((r) => r.status !== 'applied');
    if (refused.length > 0) throw new Error(`Fiches refusées par le serveur : ${JSON.stringify(refused[0])}`);
  }
  console.log(`Serveur : ${all.length.toLocaleString('fr-FR')} fiches enregistrées`);
  // The server's share: the same pages pulled by a client that stores nothing.
  const reader = new SyncClient(app.url, 'bench-reader');
  await reader.login(ADMIN.email, ADMIN.password);
  const pullStarted = performance.now();
  const pulled = await reader.pull();
  console.log(
    `Pages du serveur seules (Node, rien de stocké) : ${pulled.length.toLocaleString('fr-FR')} fiches en ` +
      `${((performance.now() - pullStarted) / 1000).toFixed(1)} s`,
  );
  for (let run = 1; run <= RUNS; run++) {
    const { seconds, seen, cpu } = await firstSync(browser, app, all.length);
    console.log(
      `Première synchronisation${RUNS > 1 ? ` (appareil ${run}/${RUNS})` : ''} : ${all.length.toLocaleString('fr-FR')} fiches en ` +
        `${seconds.toFixed(1)} s (${Math.round(all.length / seconds).toLocaleString('fr-FR')} fiches/s, connexion comprise)`,
    );
    console.log(
      `  temps CPU : navigateur ${cpu.browser.toFixed(1)} s, serveur ${cpu.server.toFixed(1)} s (charge de la machine : ${loadavg()[0]!.toFixed(1)})`,
    );
    console.log(`Progression affichée : ${seen.slice(0, 3).join(', ')}${seen.length > 3 ? ` … (${seen.length} relevés)` : ''}`);
  }
} finally {
  await browser.close();
  await app.stop();
}
