// A group's decision sticks: a pallet collection round set aside (« Pas d'intérêt des entreprises »)
// stays set aside when a third company records pallets; its follow-up names the newcomer. The queue
// card's sentence opens the synergy (its id holds « : », encoded in the link).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, signedInDevice, toggleFlux } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const SHOTS = process.env.SCREENSHOT_DIR;
const PALLETS = 'Palettes bois : À donner / disponible';

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'rita@cci.test', name: 'Rita Moreau', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  ({ page } = await signedInDevice(browser, app.url, 'rita@cci.test', PASSWORD, { viewport: { width: 1024, height: 768 } }));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function companyWithPallets(name: string, lat: string, lon: string): Promise<void> {
  await page.goto(`${app.url}/#/entreprises`);
  await createCompany(page, { name, territory: 'Dijon métropole', lat, lon });
  await toggleFlux(page, 'Matières', PALLETS);
}

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const round = () =>
  page
    .locator('.fu-card')
    .filter({ hasText: 'Mutualisation' })
    .filter({ hasText: /palettes/i });

describe('a pallet round set aside', () => {
  it('is proposed to the referent once two neighbours give pallets away, and its sentence opens it', async () => {
    await companyWithPallets('Menuiserie Lambert', '47,3220', '5,0415');
    await companyWithPallets('Transports Girard', '47,3300', '5,0500');
    await page.goto(`${app.url}/#/suivi`);
    await round().waitFor({ timeout: 30_000 });
    await shot('queue-filters-tablet');
    await round().locator('a.fu-sentence').click();
    await page.waitForURL(/#\/synergies\/mut/);
    await page.getByText('Pourquoi ces entreprises').waitFor();
    expect(await page.getByText('Synergie introuvable').count()).toBe(0);
  });

  it('is set aside, then stays set aside when a third company records pallets', async () => {
    await page.goto(`${app.url}/#/suivi`);
    await round().getByRole('button', { name: 'Écarter' }).click();
    await round().getByLabel('Pas d’intérêt des entreprises').check();
    await round().getByRole('button', { name: 'Écarter' }).click();
    await page.getByText('Rien à traiter').waitFor();

    await companyWithPallets('Scierie Bourgeois', '47,3260', '5,0460');
    // The rematch that takes the newcomer in runs on its own: wait until the group holds it.
    await page.goto(`${app.url}/#/entreprises`);
    await page.getByRole('link', { name: /Scierie Bourgeois/ }).click();
    await page.locator('.syn-card').filter({ hasText: 'Mutualisation' }).waitFor({ timeout: 30_000 });
    const group = page.locator('.syn-card').filter({ hasText: 'Mutualisation' });
    expect(await group.textContent()).toContain('Scierie Bourgeois');

    await page.goto(`${app.url}/#/suivi`);
    await page.getByText('Rien à traiter').waitFor();
    expect(await round().count()).toBe(0);
  });

  it('shows the group’s page with its decision, and the follow-up names who joined', async () => {
    await page.goto(`${app.url}/#/entreprises`);
    await page.getByRole('link', { name: /Scierie Bourgeois/ }).click();
    await page.locator('.syn-card').filter({ hasText: 'Mutualisation' }).click();
    await page.getByRole('heading', { name: /Suivi/ }).first().waitFor();
    await page
      .getByText(/Écartée/)
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Ouvrir la page du suivi' }).click();
    const since = page.getByTestId('since-decision');
    // The names come from the device's companies a moment after the section is drawn.
    await expect.poll(() => since.textContent(), { timeout: 10_000 }).toMatch(/Ont rejoint le groupe\s*Scierie Bourgeois/);
    await shot('followup-since-decision-tablet');
  });
});
