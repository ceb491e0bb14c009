// Browser benchmark of the synergies at regional scale (npm run bench:browser [-- --sizes 10000]):
// the built app in Debian's Chromium (playwright-core), a seeded synthetic region written into its
// IndexedDB, then what a referent waits for: opening the list (the engine loads), « Recalculer » →
// final list, the list's paging, filters and sort, one company's update to the screen; and the JS
// heap of the page and of the matching worker. The raw IndexedDB write of as many records as there
// are synergies is measured in the same run: what storing them would cost at the very least.
// Targets: 100,000 flux « Recalculer » → list < 5 s, page heap < 300 MB, worker < 500 MB;
// 10,000 flux < 1 s; filters < 100 ms at 200,000 synergies; an update < 100 ms to the screen.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { searchKey } from '../src/domain';
import { syntheticRegion } from '../src/matching/synthetic';
import { startApp } from '../tests/e2e/helpers/app-server';
import { launchChromium, WEBGL_ARGS } from '../tests/e2e/helpers/browser';
import { attachWorkers, inputToScreen, installInputTimer, pageHeap, peakHeapsDuring } from './browser-probes';
import { startToList } from './browser-start';
import { writeStore } from './idb-write';
import { measureMap } from './map';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [10_000, 100_000];
/** `--start-only`: the cold opening and the start → list case, nothing else. */
const START_ONLY = process.argv.includes('--start-only');
/** `--only map`: the region written, the engine loaded by the list, then the map case alone. */
const roundsArg = process.argv.indexOf('--rounds');
/** With `--only map`, the map opened this many times (the machine is noisy: compare several). */
const MAP_ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 1;
const ONLY_MAP = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'map';
const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');
const ms = (t: number) => `${t < 10 ? t.toFixed(1) : fr(t)} ms`;
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/d' : `${fr(bytes / 1024 / 1024)} Mo`);

/** Writes companies and flux straight into the app's IndexedDB (no Dexie hooks: nothing rematches). */
async function restoreRegion(page: Page, fluxCount: number): Promise<{ companies: number; flux: number }> {
  const region = syntheticRegion({ seed: 42, fluxCount });
  const companies = region.companies.map((c) => ({ ...c, nameKey: searchKey(c.name) }));
  for (const [store, rows] of [
    ['companies', companies],
    ['flux', region.flux],
  ] as const) {
    await writeStore(page, store, rows);
  }
  return { companies: companies.length, flux: region.flux.length };
}

/** The raw cost of storing `count` synergy-sized records: bulk puts of 2,500, one transaction each. */
function rawWrite(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const name = `bench-raw-write-${Date.now()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('synergies', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // Shaped like a synergy record (ids, lists, parts, an explanation sentence).
    const record = (k: number) => ({
      id: `sub:${k.toString(16).padStart(16, '0')}`,
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.cardboard'],
      fluxIds: [`flux-${k}-a`, `flux-${k}-b`],
      companyIds: [`company-${k % 997}`, `company-${k % 991}`],
      territoryIds: ['dijon-metropole'],
      score: k % 100,
      scoreParts: { resource: 100, quantity: 50, distance: k % 100, timing: 100 },
      distanceKm: (k % 400) / 10,
      explanation: `Entreprise ${k % 997} offre 12 t/an de cartons et emballages carton à 4 km d’Entreprise ${k % 991}, qui en recherche 10 t/an.`,
      computedAt: 0,
    });
    const start = performance.now();
    for (let i = 0; i < count; i += 2500) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('synergies', 'readwrite');
        for (let k = i; k < Math.min(i + 2500, count); k++) tx.objectStore('synergies').put(record(k));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const elapsed = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return elapsed;
  }, count);
}

/** "12 345 synergies sur 212 074" → [12345, 212074]. */
async function counts(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.syn-count').textContent()) ?? '';
  const [shown, held] = text.split(' sur ').map((part) => Number(part.replace(/\D/g, '')));
  return [shown ?? NaN, held ?? NaN];
}

/** One company's flux changed in another tab: from its rematch starting here to the list redrawn. */
async function updateToScreen(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const flux = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const open = indexedDB.open('synergies-terrain');
      open.onsuccess = () => {
        const tx = open.result.transaction('flux', 'readwrite');
        const cursor = tx.objectStore('flux').openCursor();
        cursor.onsuccess = () => {
          const row = cursor.result!.value as Record<string, unknown>;
          cursor.result!.update({ ...row, maxDistanceKm: 1 });
          tx.oncomplete = () => (open.result.close(), resolve(row));
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    performance.clearMarks();
    const shown = new Promise<void>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('synergies:shown').length && performance.getEntriesByName('synergies:update').length) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe({ type: 'mark' });
    });
    // What another tab's scheduler says after its own write.
    const channel = new BroadcastChannel('synergies-terrain-rematch');
    channel.postMessage([flux.companyId]);
    channel.close();
    await shown;
    const start = performance.getEntriesByName('synergies:update')[0]!.startTime;
    const end = performance.getEntriesByName('synergies:shown').at(-1)!.startTime;
    return end - start;
  });
}

async function measure(browser: Browser, url: string, fluxCount: number): Promise<void> {
  const context = await browser.newContext();
  // tsx names the functions declared inside page.evaluate() callbacks with a helper the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[navigateur] ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${url}/#/entreprises`);
    await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
    const restoreStart = performance.now();
    const restored = await restoreRegion(page, fluxCount);
    const restoreMs = performance.now() - restoreStart;

    // Opening the list: the engine reads the base, matches, and the first page shows.
    await page.reload();
    let start = performance.now();
    await page.goto(`${url}/#/synergies`);
    await page.locator('.syn-card').first().waitFor({ timeout: 300_000 });
    const coldMs = performance.now() - start;
    if (ONLY_MAP) {
      console.log(`\n${fr(restored.flux)} flux, ${fr(restored.companies)} entreprises ; liste ouverte à froid en ${ms(coldMs)}`);
      for (let round = 1; round <= MAP_ROUNDS; round++) await measureMap(page, url, cdp);
      return;
    }
    console.log(`\n${fr(restored.flux)} flux : ouverture à froid ${ms(coldMs)} (lecture de la base + calcul + 1re page affichée)`);

    // The app started again on the same data (docs/SYNERGIES.md, « start → list »), three times.
    for (const { listMs, refreshedMs } of await startToList(page, url, 3)) {
      console.log(`  démarrage → liste : ${ms(listMs)} ; → liste recalculée par ce démarrage : ${ms(refreshedMs)}`);
    }
    if (START_ONLY) return;

    // « Recalculer » → final list (the button back, the list answered by the new result).
    const button = page.getByRole('button', { name: 'Recalculer' });
    // Garbage of the restore and the first run collected first: the peak is this run's own.
    await cdp.send('HeapProfiler.collectGarbage');
    await installInputTimer(page);
    await page.evaluate(() => performance.clearMarks());
    const workers = await attachWorkers(cdp);
    const peak = await peakHeapsDuring(cdp, workers, async () => {
      await button.click();
      await page.getByRole('button', { name: 'Calcul en cours…' }).waitFor({ state: 'detached', timeout: 300_000 });
      // The list answered from the new result: a `synergies:shown` mark after `synergies:matched`.
      await page.waitForFunction(() => {
        const matched = performance.getEntriesByName('synergies:matched').at(-1);
        return matched !== undefined && performance.getEntriesByName('synergies:shown').some((m) => m.startTime > matched.startTime);
      });
    });
    // From the click to the list drawn from the new result, in the page.
    const recomputeMs = await page.evaluate(() => {
      const matched = performance.getEntriesByName('synergies:matched').at(-1)!;
      const shown = performance.getEntriesByName('synergies:shown').find((m) => m.startTime > matched.startTime)!;
      return shown.startTime - (window as unknown as { __input: number }).__input;
    });
    const [, held] = await counts(page);
    type Phases = { workerMs: number; readMs: number; matchMs: number; holdMs: number };
    const worker = await page.evaluate(
      () => (performance.getEntriesByName('synergies:matched').at(-1) as PerformanceMark | undefined)?.detail as Phases | undefined,
    );

    // Open the list again (engine loaded): another page, then back.
    await page.goto(`${url}/#/entreprises`);
    await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
    start = performance.now();
    await page.goto(`${url}/#/synergies`);
    await page.locator('.syn-card').first().waitFor();
    const openMs = performance.now() - start;

    const count = '.syn-count';
    const kindMs = await inputToScreen(page, () => page.getByLabel('Nature').selectOption('mutualisation'), count, 'text');
    const familyMs = await inputToScreen(page, () => page.getByLabel('Famille').selectOption('materials'), count, 'text');
    await inputToScreen(page, () => page.getByLabel('Nature').selectOption(''), count, 'text');
    await inputToScreen(page, () => page.getByLabel('Famille').selectOption(''), count, 'text');
    const scoreMs = await inputToScreen(page, () => page.getByLabel('Score minimum').fill('60'), count, 'text');
    const sortMs = await inputToScreen(page, () => page.getByLabel('Trier par').selectOption('distance'), '.syn-card', 'href');
    const nextMs = await inputToScreen(page, () => page.getByRole('button', { name: 'Suivantes' }).click(), '.syn-card', 'href');
    const updateMs = await updateToScreen(page);

    const heapPage = await pageHeap(cdp);
    const heapWorker = await workers.heap(true);
    await workers.detach();
    const rawMs = await rawWrite(page, held);

    console.log(`\n${fr(restored.flux)} flux, ${fr(restored.companies)} entreprises (écrits dans IndexedDB en ${ms(restoreMs)})`);
    console.log(`  synergies détenues   : ${fr(held)} (par le worker ; aucune écrite dans IndexedDB)`);
    console.log(`  ouverture à froid    : ${ms(coldMs)} (lecture de la base + calcul + 1re page affichée)`);
    console.log(
      `  « Recalculer » → liste finale : ${ms(recomputeMs)} (dont worker ${worker ? `${ms(worker.workerMs)} : lecture de la base ${ms(worker.readMs)}, calcul ${ms(worker.matchMs)}, résultat gardé ${ms(worker.holdMs)}` : 'n/d'})`,
    );
    console.log(
      `  écriture IndexedDB brute de ${fr(held)} enregistrements : ${ms(rawMs)} (ce que coûterait au minimum de les stocker ; ratio ${(recomputeMs / rawMs).toFixed(2)})`,
    );
    console.log(`  réouverture de la liste : ${ms(openMs)}`);
    console.log(
      `  filtres (saisie → écran, mesuré dans la page) : nature ${ms(kindMs)}, famille ${ms(familyMs)}, score min. ${ms(scoreMs)} ; tri distance ${ms(sortMs)} ; page suivante ${ms(nextMs)}`,
    );
    console.log(`  mise à jour d’une entreprise → liste redessinée : ${ms(updateMs)}`);
    console.log(
      `  tas JS : page ${mb(heapPage)}, worker ${mb(heapWorker)} (après ramasse-miettes) ; pics pendant « Recalculer » : page ${mb(peak.page)}, worker ${mb(peak.worker)}`,
    );
    // The map at regional scale (10,000 companies from 100,000 flux; README « Carte »).
    if (restored.companies >= 10_000) await measureMap(page, url, cdp);
  } finally {
    await context.close();
  }
}

if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
const app = await startApp();
const browser = await launchChromium(WEBGL_ARGS);
try {
  console.log('Synergies dans le navigateur (Chromium, application construite, région synthétique)');
  for (const size of SIZES) await measure(browser, app.url, size);
} finally {
  await browser.close();
  await app.stop();
}
