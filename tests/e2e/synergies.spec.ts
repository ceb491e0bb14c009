// A workshop with the network off: two companies' flux are recorded and their synergy appears.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp, toggleFlux } from './helpers/pages';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

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

describe('synergies on the device', () => {
  it('shows the synergy between two companies recorded offline, live', async () => {
    await context.setOffline(true);
    // Two companies of Dijon about 4 km apart.
    await createCompany(page, { name: 'Cartonnages Morel', territory: 'Dijon métropole', lat: '47,3220', lon: '5,0415' });
    await toggleFlux(page, 'Matières', 'Cartons et emballages carton : À donner / disponible');
    await page.goto(`${app.url}/#/entreprises`);
    const second = await createCompany(page, { name: 'Imprimerie Bertin', territory: 'Dijon métropole', lat: '47,3580', lon: '5,0420' });
    await toggleFlux(page, 'Matières', 'Cartons et emballages carton : Accepte en entrée');

    // No "compute" button pressed: the matcher follows the flux in the background.
    await page.goto(`${app.url}/#/synergies`);
    const card = page.locator('.syn-card').filter({ hasText: 'Cartonnages Morel' });
    await card.waitFor({ timeout: 15_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Substitution');
    expect(text).toContain('Imprimerie Bertin');
    expect(text).toMatch(/4 km/);

    await page.goto(`${app.url}/#/entreprises/${second}`);
    await page.locator('.syn-card').filter({ hasText: 'Cartonnages Morel' }).waitFor();

    await page.goto(`${app.url}/#/synergies`);
    await page.locator('.syn-card').first().click();
    await page.waitForURL(/#\/synergies\/.+/);
    // The detail page shows both sides.
    await page.locator('main').getByRole('link', { name: 'Imprimerie Bertin' }).first().waitFor();
    await page.locator('main').getByRole('link', { name: 'Cartonnages Morel' }).first().waitFor();
  });

  it('drops the synergy when the need is switched off', async () => {
    await page.goto(`${app.url}/#/entreprises`);
    await page.getByRole('link', { name: /Imprimerie Bertin/ }).click();
    await page
      .getByRole('link', { name: /visite/i })
      .first()
      .click();
    await page
      .getByRole('navigation', { name: 'Sections du questionnaire' })
      .getByRole('link', { name: /^Matières/ })
      .click();
    await page.getByRole('button', { name: 'Cartons et emballages carton : Accepte en entrée', exact: true }).click();
    await page.goto(`${app.url}/#/synergies`);
    await page.getByRole('heading', { name: 'Aucune synergie pour l’instant' }).waitFor({ timeout: 15_000 });
  });
});
