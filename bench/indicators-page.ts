// The device « Indicateurs » page in Chromium at the bench's size: the synthetic programme written
// into the built app's IndexedDB, then the time from opening the page to its figures on screen
// (first opening, which loads the page's code, then again), for one year and for a quarter of
// one territory.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { searchKey } from '../src/domain';
import { startApp } from '../tests/e2e/helpers/app-server';
import { launchChromium } from '../tests/e2e/helpers/browser';
import { openInstalledApp } from '../tests/e2e/helpers/pages';
import { companies, flux, leads, visits, workshops, T } from './indicators-data';
import { writeStore } from './idb-write';

/**
 * From the hash change to the first key figure and the convention table drawn, timed inside the
 * page (the predicate runs at each animation frame and notes when it first holds).
 */
async function openIndicators(page: Page, hash: string): Promise<number> {
  await page.evaluate((hash) => {
    Object.assign(window, { benchStart: performance.now(), benchEnd: undefined });
    location.hash = hash;
  }, hash);
  await page.waitForFunction(
    () => {
      const shown = document.querySelector('[data-testid="key-figure"]') && document.querySelector('table[data-indicator="convention"]');
      const w = window as unknown as { benchEnd?: number };
      if (shown) w.benchEnd ??= performance.now();
      return Boolean(shown);
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchEnd: number };
    return w.benchEnd - w.benchStart;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The page's main thread, in ms: busy (Chromium's TaskDuration, wall time of its tasks) and CPU
 * (ThreadTime: time it really ran) — CPU is the least swayed by other work on a shared machine.
 */
async function mainThread(cdp: CDPSession): Promise<{ busy: number; cpu: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { busy: ms('TaskDuration'), cpu: ms('ThreadTime') };
}

/**
 * Waits until the page's main thread has run less than 50 ms in a second (60 s at most): on a busy
 * machine the worker's first matching may end after any fixed wait, and its results, taken in by
 * the main thread during a measurement, doubled the first opening's CPU time in one run.
 */
async function settled(page: Page, cdp: CDPSession): Promise<void> {
  const deadline = Date.now() + 60_000;
  let before = (await mainThread(cdp)).cpu;
  while (Date.now() < deadline) {
    await page.waitForTimeout(1_000);
    const now = (await mainThread(cdp)).cpu;
    if (now - before < 50) return;
    before = now;
  }
}

export interface PageTimes {
  yearFirst: number;
  year: number;
  quarterTerritory: number;
  /** Main-thread busy time of the same openings (medians). */
  yearBusy: number;
  quarterBusy: number;
  /** Main-thread CPU time of the first opening and of the year reopened (median). */
  yearFirstCpu: number;
  yearCpu: number;
  /** The convention table's total line and the page's source sentence: what was counted. */
  total: string;
  source: string;
}

export async function measureIndicatorsPage(): Promise<PageTimes> {
  if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  const app = await startApp();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await openInstalledApp(context, app.url);
    await writeStore(
      page,
      'companies',
      companies.map((c) => ({ ...c, nameKey: searchKey(c.name) })),
    );
    for (const [store, rows] of [
      ['flux', flux],
      ['visits', visits],
      ['followups', leads],
      ['workshops', workshops],
    ] as const)
      await writeStore(page, store, rows);
    // Dexie and the matching worker read the store at start: a reload shows them what was written.
    // The worker's first matching then runs; the page is measured once it has settled.
    await page.goto(`${app.url}/#/donnees`);
    await page.reload();
    await page.getByRole('heading', { name: 'Données', exact: true }).first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForTimeout(8_000);
    await settled(page, cdp);
    const year = '#/indicateurs?from=2025-01-01&to=2025-12-31';
    const quarter = `#/indicateurs?from=2025-04-01&to=2025-06-30&territory=${T[0]}`;
    const away = async () => {
      await page.evaluate(() => (location.hash = '#/donnees'));
      await page.getByRole('heading', { name: 'Données', exact: true }).first().waitFor();
    };
    const first = await mainThread(cdp);
    const yearFirst = await openIndicators(page, year);
    const yearFirstCpu = (await mainThread(cdp)).cpu - first.cpu;
    const years: number[] = [];
    const quarters: number[] = [];
    const yearBusy: number[] = [];
    const quarterBusy: number[] = [];
    const yearCpu: number[] = [];
    const quarterCpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (const [hash, wall, busy, cpu] of [
        [year, years, yearBusy, yearCpu],
        [quarter, quarters, quarterBusy, quarterCpu],
      ] as const) {
        await away();
        const before = await mainThread(cdp);
        wall.push(await openIndicators(page, hash));
        const after = await mainThread(cdp);
        busy.push(after.busy - before.busy);
        cpu.push(after.cpu - before.cpu);
      }
    }
    await away();
    await openIndicators(page, year);
    const total = await page.locator('table[data-indicator="convention"] tr').last().locator('th, td').allTextContents();
    const source = await page.getByTestId('indicators-source').textContent();
    return {
      yearFirst,
      year: median(years),
      quarterTerritory: median(quarters),
      yearBusy: median(yearBusy),
      quarterBusy: median(quarterBusy),
      yearFirstCpu,
      yearCpu: median(yearCpu),
      total: total.join(' | '),
      source: source ?? '',
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}
