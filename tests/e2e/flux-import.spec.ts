// An earlier campaign's flux spreadsheet brought in from « Données »: the columns said, the words
// the search was unsure of reviewed, a report per line, and nothing added when it comes back — as a
// CSV, then as an .xlsx workbook (read by exceljs, fetched only then).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { openInstalledApp } from './helpers/pages';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Screenshots of each step, to look at after a run. */
const SHOTS = join(tmpdir(), 'st-flux-import');
mkdirSync(SHOTS, { recursive: true });
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** As French Excel saves it: Windows-1252, « ; », decimal comma, a quoted field. */
const CAMPAIGN = [
  'Établissement;CP;EPCI;Type;Quoi;Qté;Unité;Remarques',
  'Garage Martin;71200;CU Creusot-Montceau;propose;ferraille;2,5;tonnes;"bennes ; tous les mois"',
  'Garage Martin;71200;CU Creusot-Montceau;recherche;copeaux de bois;3;t;',
  'Scierie du Morvan;71400;CC Grand Autunois Morvan;offre;sciure;12;m³;',
  'Scierie du Morvan;71400;CC Grand Autunois Morvan;offre;truc bizarre xyz;;;',
  'Atelier inconnu;;Nulle part;offre;carton;1;t;',
].join('\r\n');
const windows1252 = (text: string) => Buffer.from([...text].map((ch) => ({ É: 0xc9, é: 0xe9, '³': 0xb3 })[ch] ?? ch.charCodeAt(0)));

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  // A tablet in landscape, where the import is done.
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  page = await openInstalledApp(context, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Flux of the device's database not deleted (tombstones stay until synced). */
function liveFluxCount(): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('synergies-terrain');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('flux').objectStore('flux').getAll();
          req.onsuccess = () => resolve((req.result as { deleted: boolean }[]).filter((f) => !f.deleted).length);
        };
      }),
  );
}

const CSV_FILE = { name: 'campagne-2024.csv', mimeType: 'text/csv', buffer: windows1252(CAMPAIGN) };

/** The same campaign as an Excel workbook: a notes sheet first, a title above the table, quantities typed as numbers. */
async function campaignWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Relevés de la campagne 2024']);
  const sheet = workbook.addWorksheet('Campagne 2024');
  sheet.addRow(['Flux relevés en 2024']);
  for (const line of CAMPAIGN.split('\r\n')) {
    const cells = line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''));
    // « 2,5 » typed as a number, « 12 » too; the other cells as text (a decimal comma there reads the same).
    sheet.addRow(cells.map((c) => (/^\d+(,\d+)?$/.test(c) && !/^\d{5}$/.test(c) ? Number(c.replace(',', '.')) : c)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseFile(file: { name: string; mimeType: string; buffer: Buffer } = CSV_FILE): Promise<void> {
  await page.goto(`${app.url}/#/donnees`);
  await page.getByTestId('flux-csv-input').setInputFiles(file);
  await page.getByTestId('flux-mapping').waitFor();
}

describe('flux import from a spreadsheet', () => {
  it('imports with a column mapping and the unmapped words reviewed', async () => {
    await chooseFile();
    expect(await page.getByLabel('Colonne « Établissement »').inputValue()).toBe('companyName');
    // « Quoi » is not a header the app knows: the person says it is the resource.
    expect(await page.getByLabel('Colonne « Quoi »').inputValue()).toBe('');
    expect(await page.getByLabel('Colonne « Type »').inputValue()).toBe('direction');
    await page.getByLabel('Colonne « Remarques »').selectOption({ label: 'Description' });
    await page.getByLabel('Colonne « Quoi »').selectOption({ label: 'Ressource (mots du tableur)' });

    await shot('1-colonnes');
    await page.getByRole('button', { name: 'Suivant : vérifier les ressources' }).click();
    const review = page.getByTestId('flux-review');
    await review.waitFor();
    await shot('2-ressources');
    // The words the search could not map surely are listed, each with a choice.
    await review.getByLabel(/« copeaux de bois » recherché/).selectOption({ label: 'Chutes de bois non traité' });
    expect(
      await review
        .getByLabel(/« truc bizarre xyz » proposé/)
        .locator('option:checked')
        .textContent(),
    ).toBe('Autre (matières) : « truc bizarre xyz »');
    await page.getByRole('button', { name: 'Importer les flux' }).click();

    const report = page.getByTestId('flux-import-report');
    await report.waitFor();
    expect((await report.getByRole('status').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      '4 flux importé(s), 0 fusionné(s) avec un flux existant, 0 déjà présent(s), 1 ligne(s) refusée(s).',
    );
    expect(await report.locator('tr.line-refused').textContent()).toContain('Territoire inconnu « Nulle part »');
    await shot('3-rapport');

    await page.goto(`${app.url}/#/entreprises`);
    await page.getByText('Scierie du Morvan').waitFor();
    await page.getByText('Garage Martin').waitFor();
  });

  it('adds nothing when the same file is imported again, the mapping remembered', async () => {
    await chooseFile();
    expect(await page.getByLabel('Colonne « Quoi »').inputValue()).toBe('resource');
    expect(await page.getByLabel('Colonne « Remarques »').inputValue()).toBe('description');
    // The word reviewed last time comes back with the choice made then.
    await page.getByRole('button', { name: 'Suivant : vérifier les ressources' }).click();
    const word = page.getByTestId('flux-review').getByLabel(/« copeaux de bois » recherché .*choix d’un import précédent/);
    expect(await word.locator('option:checked').textContent()).toBe('Chutes de bois non traité');
    await page.getByRole('button', { name: 'Importer les flux' }).click();
    const report = page.getByTestId('flux-import-report');
    await report.waitFor();
    expect((await report.getByRole('status').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      '0 flux importé(s), 0 fusionné(s) avec un flux existant, 4 déjà présent(s), 1 ligne(s) refusée(s).',
    );
    expect(await liveFluxCount()).toBe(4);
  });

  it('undoes the import after the page was left', async () => {
    await page.goto(`${app.url}/#/entreprises`);
    await page.goto(`${app.url}/#/donnees`);
    const last = page.getByTestId('flux-last-import');
    expect(await last.textContent()).toMatch(/Dernier import : « campagne-2024\.csv » .* 4 flux créé\(s\), 0 modifié\(s\)/);
    await last.getByRole('button', { name: 'Annuler l’import' }).click();
    await last.waitFor({ state: 'detached' });
    expect(await liveFluxCount()).toBe(0);
    await page.goto(`${app.url}/#/entreprises`);
    await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
    expect(await page.getByText('Scierie du Morvan').count()).toBe(0);
  });

  it('imports the campaign from an .xlsx workbook, then adds nothing when it comes back', async () => {
    const xlsx = {
      name: 'campagne-2024.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await campaignWorkbook(),
    };
    for (const expected of [
      '4 flux importé(s), 0 fusionné(s) avec un flux existant, 0 déjà présent(s), 1 ligne(s) refusée(s).',
      '0 flux importé(s), 0 fusionné(s) avec un flux existant, 4 déjà présent(s), 1 ligne(s) refusée(s).',
    ]) {
      await chooseFile(xlsx);
      // The sheet holding the table is read, the other offered; the columns remembered from the CSV.
      expect(await page.getByLabel('Feuille du classeur').inputValue()).toBe('Campagne 2024');
      expect(await page.getByLabel('Colonne « Quoi »').inputValue()).toBe('resource');
      await page.getByRole('button', { name: 'Suivant : vérifier les ressources' }).click();
      await page.getByTestId('flux-review').waitFor();
      await page.getByRole('button', { name: 'Importer les flux' }).click();
      const report = page.getByTestId('flux-import-report');
      await report.waitFor();
      expect((await report.getByRole('status').textContent())!.replace(/\s+/g, ' ').trim()).toBe(expected);
      await report.getByRole('button', { name: 'Fermer' }).click();
    }
    expect(await liveFluxCount()).toBe(4);
  });

  it('refuses a damaged workbook with a French sentence', async () => {
    await page.goto(`${app.url}/#/donnees`);
    await page
      .getByTestId('flux-csv-input')
      .setInputFiles({ name: 'abime.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9, 9]) });
    await page
      .getByRole('alert')
      .filter({ hasText: /^Ce classeur ne peut pas être lu/ })
      .waitFor();
  });
});
