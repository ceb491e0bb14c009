// The Indicateurs page in Chromium, offline: charts drawn with their tables, the printable annual
// report with the convention table (and a real A4 PDF), the CSV for French Excel and the XLSX workbook.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../src/domain/company';
import { COMPANIES, FLUX, FOLLOWUPS, VISITS, WORKSHOPS } from '../fixtures/indicators';
import { createUser } from '../../src/server/auth/users-repo';
import { openStore } from '../../src/server/store/open-store';
import { loadIndicatorFixture } from '../fixtures/indicators-store';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { openInstalledApp, sayOffline, sayOnline, signIn } from './helpers/pages';
import { downloadWorkbook, sheetRow } from './helpers/workbook';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dataDir: string;
const ADMIN = { email: 'direction@programme.test', password: 'indicateurs-e2e' };
/** Set to keep a screenshot of the page, and the annual report as PDF and as printed. */
const SHOTS = process.env.SCREENSHOT_DIR;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** The server holds the same programme as the tablet, and an admin account. */
async function startSeededApp(): Promise<RunningApp> {
  dataDir = mkdtempSync(join(tmpdir(), 'st-e2e-indicators-'));
  const sql = await openStore({ DATA_DIR: dataDir });
  try {
    await loadIndicatorFixture(sql);
    await createUser(sql, {
      email: ADMIN.email,
      name: 'Direction du programme',
      role: 'admin',
      territoryIds: [],
      password: ADMIN.password,
    });
  } finally {
    await sql.close();
  }
  return startApp({ DATA_DIR: dataDir, DATABASE_URL: '', ADMIN_PASSWORD: 'admin-e2e-password' });
}

/** The fixture written into the app's IndexedDB, as if recorded on this tablet. */
async function seed(p: Page): Promise<void> {
  const stores = {
    companies: COMPANIES.map((c) => ({ ...c, nameKey: searchKey(c.name) })),
    visits: VISITS,
    flux: FLUX,
    workshops: WORKSHOPS,
    followups: FOLLOWUPS,
  };
  await p.evaluate(async (data) => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('synergies-terrain');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = idb.transaction(Object.keys(data), 'readwrite');
    for (const [store, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(store).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  }, stores);
}

const rowOf = async (p: Page, tableId: string, name: string) =>
  p
    .locator(`table[data-indicator="${tableId}"] tr`)
    .filter({ has: p.getByRole('rowheader', { name, exact: true }) })
    .first()
    .locator('th, td')
    .allTextContents();

beforeAll(async () => {
  app = await startSeededApp();
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await openInstalledApp(context, app.url);
  await seed(page);
  // Dexie caches what the app's pages already read; written behind its back, the data shows after a reload.
  await page.reload();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('indicators in the browser', () => {
  it('shows the year’s charts, each with its table, with the network off', async () => {
    await context.setOffline(true);
    await page.goto(`${app.url}/#/indicateurs?from=2025-01-01&to=2025-12-31`);
    await page.reload();
    await sayOffline(page);
    await page.getByRole('heading', { name: 'Indicateurs', exact: true }).waitFor();
    // uPlot is loaded on demand and draws one canvas per chart.
    const charts = page.locator('figure.ind-chart');
    await expect.poll(() => page.locator('figure.ind-chart .ind-chart-canvas canvas').count(), { timeout: 20_000 }).toBe(6);
    expect(await charts.count()).toBe(6);
    for (let i = 0; i < 6; i++) expect(await charts.nth(i).locator('table.ind-table').count()).toBe(1);
    expect(await rowOf(page, 'convention', 'Dijon métropole')).toEqual(['Dijon métropole', '3', 'non connu', '4', '2']);
    expect(await rowOf(page, 'funnel', 'Retenue (à étudier)')).toEqual(['Retenue (à étudier)', '6', '75', '75']);
    const firstKey = page.getByTestId('key-figure').first();
    expect(await firstKey.textContent()).toContain('Entreprises mobilisées');
    expect(await firstKey.textContent()).toContain('6');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/indicators.png`, fullPage: true });
  });

  it('downloads every table as a CSV for French Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('indicateurs-2025-01-01_2025-12-31.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Tableau de la convention (article 8)');
    expect(text).toContain('Dijon métropole;3;non connu;4;2\r\n');
    expect(text).toContain('Comptes actifs : non connus sur cet appareil');
    expect(text).toContain('Énergie;0;120;0;3000;0;0;27,24\r\n');
  });

  it('writes the XLSX workbook offline, numbers typed as numbers', async () => {
    // Still offline: the workbook chunk (exceljs) comes from the service worker's precache.
    const { name, workbook } = await downloadWorkbook(page);
    expect(name).toBe('indicateurs-2025-01-01_2025-12-31.xlsx');
    expect(workbook.worksheets[0]!.name).toBe('Rapport');
    // Counts stored as numbers; what a device cannot know stays text.
    expect(sheetRow(workbook, 'Convention (art. 8)', 'Dijon métropole')).toEqual([3, 'non connu', 4, 2]);
  });

  it('opens the annual report, laid out for A4 with the convention table', async () => {
    await page.getByRole('link', { name: 'Rapport annuel (impression)' }).click();
    await page.getByRole('heading', { name: 'Rapport d’activité — année 2025' }).waitFor();
    expect(await rowOf(page, 'convention', 'CU Creusot-Montceau')).toEqual(['CU Creusot-Montceau', '3', 'non connu', '2', '1']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(false);
    expect(await page.locator('table[data-indicator="convention"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (SHOTS) {
      writeFileSync(`${SHOTS}/rapport-annuel.pdf`, pdf);
      await page.screenshot({ path: `${SHOTS}/rapport-annuel-print.png`, fullPage: true });
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows an admin the programme’s figures from the server, colleagues’ active accounts included', async () => {
    await page.emulateMedia({ media: 'screen' });
    await context.setOffline(false);
    await sayOnline(page);
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.goto(`${app.url}/#/indicateurs?from=2025-01-01&to=2025-12-31`);
    await page.getByRole('combobox', { name: 'Chiffres' }).selectOption('server');
    await expect.poll(() => page.getByTestId('indicators-source').textContent(), { timeout: 20_000 }).toContain('Chiffres du serveur');
    // Five accounts signed in or synced in 2025 (the fixture's log, a removed one included); the device alone knew none.
    await expect.poll(() => rowOf(page, 'convention', 'Programme'), { timeout: 20_000 }).toEqual(['Programme', '6', '5', '5', '3']);
    expect(await rowOf(page, 'activeAccounts', 'Dijon métropole')).toEqual(['Dijon métropole', '3', '1', '1', '1', '0']);
    await page.getByRole('link', { name: 'Rapport annuel (impression)' }).click();
    await page.getByText('à partir de la base du serveur du programme').waitFor();
    expect(await rowOf(page, 'convention', 'Programme')).toEqual(['Programme', '6', '5', '5', '3']);
  });
});
