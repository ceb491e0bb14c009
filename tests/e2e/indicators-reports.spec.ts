// Reports a manager sends, in Chromium against the server: the previous year beside this one,
// a target set and shown against the result, each person's activity (and all three in the
// workbook), a report closed and shown again unchanged — exported with its closed figures after a
// later deletion —, the printed report's running header and page numbers, and wide tables that
// scroll from the keyboard on a phone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/auth/users-repo';
import { openStore } from '../../src/server/store/open-store';
import { loadIndicatorFixture } from '../fixtures/indicators-store';
import { edit } from '../server/helpers/fixtures';
import { SyncClient } from '../server/helpers/sync-client';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { openInstalledApp, signIn } from './helpers/pages';
import { downloadWorkbook, sheetRow } from './helpers/workbook';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dataDir: string;
const ADMIN = { email: 'direction@programme.test', password: 'rapports-e2e-mdp' };
const YEAR = '#/indicateurs?from=2025-01-01&to=2025-12-31&source=serveur';

const rowOf = async (p: Page, tableId: string, name: string) =>
  p
    .locator(`table[data-indicator="${tableId}"] tr`)
    .filter({ has: p.getByRole('rowheader', { name, exact: true }) })
    .first()
    .locator('th, td')
    .allTextContents();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'st-e2e-reports-'));
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
  app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: '', ADMIN_PASSWORD: 'admin-e2e-password' });
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await openInstalledApp(context, app.url);
  await signIn(page, app.url, ADMIN.email, ADMIN.password);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('reports for the Region', () => {
  it('sets 2024 beside 2025 with the change, from the server', async () => {
    await page.goto(`${app.url}/${YEAR}`);
    await expect.poll(() => page.getByTestId('indicators-source').textContent(), { timeout: 20_000 }).toContain('Chiffres du serveur');
    await page.getByRole('heading', { name: 'Comparaison avec la période précédente' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => rowOf(page, 'comparison', 'Entreprises mobilisées')).toEqual(['Entreprises mobilisées', '2', '6', '4', '200']);
    // One account active in 2024 (u-adv-c, on 31 December), five in 2025 (a removed one included).
    expect(await rowOf(page, 'comparison', 'Comptes actifs')).toEqual(['Comptes actifs', '1', '5', '4', '400']);
  });

  it('lets an admin set a target and shows it against the result', async () => {
    await page.getByLabel('Territoire de l’objectif').selectOption({ label: 'Dijon métropole' });
    await page.getByLabel('Indicateur de l’objectif').selectOption('companiesMobilised');
    await page.getByLabel('Objectif 2025').fill('4');
    await page.getByRole('button', { name: 'Enregistrer l’objectif' }).click();
    await expect
      .poll(() => rowOf(page, 'targets', 'Dijon métropole'), { timeout: 20_000 })
      .toEqual(['Dijon métropole', 'Entreprises mobilisées', '4', '3', '75']);
  });

  it('shows each person’s activity to a manager, a removed account without its name', async () => {
    await expect
      .poll(() => rowOf(page, 'advisors', 'u-adv-dc'), { timeout: 20_000 })
      .toEqual(['u-adv-dc', 'Référent territorial', '3', '2', '2', '1']);
    expect(await rowOf(page, 'advisors', 'Compte supprimé')).toEqual(['Compte supprimé', '—', '0', '1', '0', '0']);
  });

  it('writes the comparison, the targets and each person’s activity into the workbook, as numbers', async () => {
    const { workbook } = await downloadWorkbook(page);
    expect(sheetRow(workbook, 'Comparaison', 'Entreprises mobilisées')).toEqual([2, 6, 4, 2]);
    expect(sheetRow(workbook, 'Objectifs', 'Dijon métropole')).toEqual(['Entreprises mobilisées', 4, 3, 0.75]);
    expect(sheetRow(workbook, 'Activité par personne', 'u-adv-dc')).toEqual(['Référent territorial', 3, 2, 2, 1]);
  });

  it('closes the year’s report and shows it again, with no difference from a recomputation', async () => {
    await page.getByRole('button', { name: 'Clôturer ce rapport (année 2025)' }).click();
    const link = page.getByRole('link', { name: /^année 2025 — programme/ });
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await page.getByRole('heading', { name: 'Rapport clôturé — année 2025' }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('closed-stamp').textContent()).toContain('par Direction du programme');
    await page.getByTestId('no-differences').waitFor({ timeout: 20_000 });
    expect(await rowOf(page, 'convention', 'Programme')).toEqual(['Programme', '6', '5', '5', '3']);
  });

  it('exports the closed figures, not a recomputation, after a company is deleted since', async () => {
    // c2, a Dijon company visited in 2025, deleted from another device after the closing.
    const device = new SyncClient(app.url, 'e2e-other-device');
    await device.login(ADMIN.email, ADMIN.password);
    const c2 = (await device.pull()).find((c) => c.table === 'companies' && c.record.id === 'c2')!;
    const [result] = await device.push([edit('companies', 'c2', c2.rev, {}, 'delete')]);
    expect(result!.status).toBe('applied');
    await page.reload();
    await expect
      .poll(() => rowOf(page, 'differences', 'Total'), { timeout: 20_000 })
      .toEqual(['Total', 'Entreprises mobilisées', '6', '5', '-1']);
    const { name, workbook } = await downloadWorkbook(page);
    expect(name).toBe('rapport-cloture-2025-01-01_2025-12-31.xlsx');
    expect(sheetRow(workbook, 'Rapport', 'Clôturé par')).toEqual(['Direction du programme']);
    expect(sheetRow(workbook, 'Convention (art. 8)', 'Programme')).toEqual([6, 5, 5, 3]);
    expect(sheetRow(workbook, 'Différences', 'Total')).toEqual(['Entreprises mobilisées', 6, 5, -1]);
  });

  it('prints the report with a running header and page numbers, each title once, no page left with the title alone', async () => {
    await page.goto(`${app.url}/#/indicateurs/rapport?from=2025-01-01&to=2025-12-31&source=serveur`);
    await page.getByText('à partir de la base du serveur du programme').waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const today = new Date().toLocaleDateString('fr-FR');
    // The margin boxes as Chromium parsed them: an unsupported rule would be dropped from cssText.
    const pageRules = await page.evaluate(() =>
      [...document.styleSheets, ...document.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .map((r) => r.cssText)
        .filter((t) => t.includes('@page'))
        .join('\n'),
    );
    expect(pageRules).toContain('@top-left');
    expect(pageRules).toContain(`année 2025 — chiffres au ${today}`);
    expect(pageRules).toContain('Programme d’écologie industrielle et territoriale');
    expect(pageRules).toMatch(/counter\(page\).*counter\(pages\)/);
    // Each table's title is printed once: the heading; the caption is for screen readers.
    expect(await page.getByRole('heading', { name: 'Tableau de la convention (article 8)' }).count()).toBe(1);
    expect(await page.locator('table[data-indicator="convention"] caption').getAttribute('class')).toBe('sr-only');
    // The first table starts on the first page (A4 height minus margins ≈ 985 CSS px).
    const top = await page.locator('table[data-indicator="convention"]').evaluate((t) => t.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(900);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('scrolls a wide table from the keyboard on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/${YEAR}`);
    const wrap = page.locator('.ind-table-wrap', { has: page.locator('table[data-indicator="gainsExpectedByTerritory"]') });
    await wrap.waitFor({ timeout: 20_000 });
    expect(await wrap.getAttribute('tabindex')).toBe('0');
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await wrap.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
