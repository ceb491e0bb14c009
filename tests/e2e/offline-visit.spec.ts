// An advisor's visit with the network off: nothing typed is ever lost.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openFromNav, openInstalledApp, sayOffline, summaryCount, toggleFlux } from './helpers/pages';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let companyId: string;

const FLUX: [section: string, button: string][] = [
  ['Énergie', 'Électricité (achat groupé) : Besoin'],
  ['Énergie', 'Chaleur fatale (rejets thermiques) : À donner / disponible'],
  ['Eau', 'Eau de procédé : Besoin'],
  ['Matières', 'Cartons et emballages carton : À donner / disponible'],
  ['Matières', 'Palettes bois : À donner / disponible'],
  ['Matières', 'Chutes de bois non traité : À donner / disponible'],
  ['Logistique', 'Chariot élévateur : Besoin'],
  ['Logistique', 'Surface de stockage : À donner / disponible'],
  ['Compétences', 'Formation Sauveteur Secouriste du Travail (SST) : Besoin'],
  ['Compétences', 'Covoiturage domicile-travail : Besoin'],
];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  context = await browser.newContext();
  page = await openInstalledApp(context, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('offline visit', () => {
  it('records a company and 10 flux with the network off and finds them after a reload', async () => {
    await context.setOffline(true);
    await page.reload();
    await sayOffline(page);
    expect(await page.getByTestId('network-status').textContent()).toBe('Hors ligne');

    companyId = await createCompany(page, { name: 'Scierie du Morvan', territory: 'CC Grand Autunois Morvan', lat: '46,95', lon: '4,30' });
    for (const [section, button] of FLUX) await toggleFlux(page, section, button);

    await page.reload();
    // Still offline; and the app is drawn before we move within it.
    await sayOffline(page);
    await page.getByRole('navigation', { name: 'Sections du questionnaire' }).waitFor();
    expect(await summaryCount(page, companyId)).toBe('10 flux enregistré(s) : 5 besoin(s), 5 offre(s).');
    const summary = (await page.getByRole('region', { name: 'Résumé de la visite' }).textContent()) ?? '';
    for (const [, button] of FLUX) expect(summary).toContain(button.split(' : ')[0]);
  });

  it('keeps a description typed just before the page was closed', async () => {
    const typed = 'Chutes de chêne et de hêtre, deux bennes par mois';
    await page.goto(`${app.url}/#/entreprises/${companyId}/visite/materials`);
    await page.getByRole('button', { name: 'Détails à donner : Chutes de bois non traité' }).click();
    await page.getByLabel('Description, qualité').click();
    await page.keyboard.type(typed);
    await page.close(); // no blur, no pause: the tab is gone mid-typing

    page = await context.newPage();
    await page.goto(`${app.url}/#/entreprises/${companyId}/visite/materials`);
    await page.getByRole('button', { name: 'Détails à donner : Chutes de bois non traité' }).click();
    expect(await page.getByLabel('Description, qualité').inputValue()).toBe(typed);
    expect(await summaryCount(page, companyId)).toContain('10 flux');
    expect(await page.getByRole('region', { name: 'Résumé de la visite' }).textContent()).toContain(typed);
  });

  it('exports a JSON backup, wipes the device, restores it identically', async () => {
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${app.url}/#/donnees`);
    const exportBackup = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter une sauvegarde' }).click(),
      ]);
      const path = await download.path();
      return { path, json: JSON.parse(await readFile(path, 'utf8')) as { tables: Record<string, unknown[]> } };
    };
    const before = await exportBackup();
    expect(before.json.tables.companies).toHaveLength(1);
    expect(before.json.tables.flux).toHaveLength(10);

    await page.getByRole('button', { name: 'Effacer les données de l’appareil' }).click();
    await page.getByRole('link', { name: 'Entreprises' }).first().click();
    await page.getByRole('heading', { name: 'Aucune entreprise pour l’instant' }).waitFor();

    await openFromNav(page, 'Données');
    await page.getByTestId('restore-input').setInputFiles(before.path);
    await page.getByRole('button', { name: 'Remplacer les données' }).click();
    await page.getByText('Sauvegarde restaurée').waitFor();

    const after = await exportBackup();
    expect(after.json.tables).toEqual(before.json.tables);
    await page.getByRole('link', { name: 'Entreprises' }).first().click();
    await page.getByRole('link', { name: /Scierie du Morvan/ }).waitFor();
  });
});
