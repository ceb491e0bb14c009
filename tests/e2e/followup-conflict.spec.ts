// Two referents, offline on the same follow-up, choose different statuses. After both sync, the
// status that lost is visible as such (struck through, with who won) on both tablets, counts in no
// indicator (device or server), and both referents are told who won, by name.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, signedInDevice, syncAndWait, toggleFlux } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const YEAR = new Date().getUTCFullYear();
const INDICATORS = `#/indicateurs?from=${YEAR}-01-01&to=${YEAR}-12-31`;
const SHOTS = process.env.SCREENSHOT_DIR;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', role: 'advisor', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'rita@cci.test', name: 'Rita Moreau', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'remi@cci.test', name: 'Rémi Garnier', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const device = (email: string) => signedInDevice(browser, app.url, email, PASSWORD, TABLET);
const history = (page: Page) => page.getByRole('region', { name: 'Historique' });

async function moveTo(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('group', { name: 'Changer le statut' })
    .getByRole('button', { name: `→ ${label}` })
    .click();
  await page.getByRole('heading', { name: new RegExp(`Statut : ${label}`) }).waitFor();
}

/** The funnel row of a stage: [stage, count, rate, rate from Proposée]. */
const funnelRow = (page: Page, stage: string) =>
  page
    .locator('table[data-indicator="funnel"] tr')
    .filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) })
    .first()
    .locator('th, td')
    .allTextContents();

describe('two referents set different statuses offline on one follow-up', () => {
  it('shows the losing status as such on both tablets, counts it nowhere, and tells both who won', async () => {
    // An advisor records two companies that could share cardboard.
    const { page: advisor } = await device('alice@cci.test');
    await advisor.goto(`${app.url}/#/entreprises`);
    await createCompany(advisor, { name: 'Cartonnages Morel', territory: 'Dijon métropole', lat: '47,3220', lon: '5,0415' });
    await toggleFlux(advisor, 'Matières', 'Cartons et emballages carton : À donner / disponible');
    await advisor.goto(`${app.url}/#/entreprises`);
    await createCompany(advisor, { name: 'Imprimerie Bertin', territory: 'Dijon métropole', lat: '47,3580', lon: '5,0420' });
    await toggleFlux(advisor, 'Matières', 'Cartons et emballages carton : Accepte en entrée');
    await syncAndWait(advisor);

    // Rita retains it online; Rémi's tablet receives the follow-up.
    const rita = await device('rita@cci.test');
    await syncAndWait(rita.page);
    await rita.page.goto(`${app.url}/#/suivi`);
    const cardboard = rita.page.locator('.fu-card').filter({ hasText: 'Cartonnages Morel' });
    await cardboard.waitFor({ timeout: 30_000 });
    await cardboard.getByRole('button', { name: 'Retenir' }).click();
    await rita.page.getByText('Synergie retenue').waitFor();
    await rita.page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await rita.page.locator('.fu-card').filter({ hasText: 'Cartonnages Morel' }).click();
    await rita.page.waitForURL(/#\/suivi\/[^/]+$/);
    const followupUrl = rita.page.url();
    await syncAndWait(rita.page);
    const remi = await device('remi@cci.test');
    await syncAndWait(remi.page);
    await remi.page.goto(followupUrl);
    await remi.page.getByRole('heading', { name: /Statut : Retenue/ }).waitFor();

    // Both offline: Rita puts the companies in touch, Rémi marks it implemented.
    await rita.context.setOffline(true);
    await remi.context.setOffline(true);
    await moveTo(rita.page, followupUrl, 'Mise en relation');
    await moveTo(remi.page, followupUrl, 'Mise en œuvre');

    // Rita's change reaches the server first and is kept; Rémi's loses.
    await rita.context.setOffline(false);
    await syncAndWait(rita.page);
    await remi.context.setOffline(false);
    await remi.page.getByTestId('sync-status').getByRole('button', { name: 'Synchroniser' }).click();
    await remi.page
      .getByTestId('sync-status')
      .getByRole('link', { name: /1 conflit/ })
      .waitFor({ timeout: 30_000 });

    // Rémi's tablet: the status is Rita's; his move is struck through, with who won.
    await remi.page.goto(followupUrl);
    await remi.page.getByRole('heading', { name: /Statut : Mise en relation/ }).waitFor();
    const lost = history(remi.page).locator('li').filter({ hasText: 'Retenue (à étudier) → Mise en œuvre' });
    expect(await lost.locator('s').textContent()).toBe('Retenue (à étudier) → Mise en œuvre');
    expect(await lost.textContent()).toContain(
      'N’a pas pris effet : conflit de synchronisation, « Mise en relation » de Rita Moreau a été gardé.',
    );
    // The newest line agrees with the status.
    expect(await history(remi.page).locator('li').first().textContent()).toContain(
      '« Mise en œuvre » de Rémi Garnier n’a pas pris effet, « Mise en relation » de Rita Moreau est gardé.',
    );
    await shot(remi.page, 'conflict-history-loser');
    await remi.page
      .getByTestId('sync-status')
      .getByRole('link', { name: /1 conflit/ })
      .click();
    const remiConflict = remi.page.locator('.sync-conflict');
    await shot(remi.page, 'conflict-loser');
    expect(await remiConflict.textContent()).toContain(
      '« Mise en œuvre » de Rémi Garnier n’a pas pris effet : « Mise en relation » de Rita Moreau',
    );

    // Rita, the winner, is told too, by name, with a way to settle it.
    await syncAndWait(rita.page);
    await rita.page
      .getByTestId('sync-status')
      .getByRole('link', { name: /1 conflit/ })
      .click();
    const notice = rita.page.locator('.sync-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('« Mise en relation » de Rita Moreau a été gardé');
    expect(await notice.textContent()).toContain('Rémi Garnier avait choisi « Mise en œuvre » sans connexion');
    await shot(rita.page, 'conflict-notice-winner');
    expect(await rita.page.locator('main').textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await rita.page.goto(followupUrl);
    expect(await history(rita.page).locator('li s').first().textContent()).toBe('Retenue (à étudier) → Mise en œuvre');

    // Counts nowhere: the funnel on the device and from the server has no « Mise en œuvre ».
    await remi.page.goto(`${app.url}/${INDICATORS}`);
    await expect
      .poll(() => funnelRow(remi.page, 'Mise en relation'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Mise en relation', '1']));
    expect((await funnelRow(remi.page, 'Mise en œuvre'))[1]).toBe('0');
    await remi.page.getByRole('combobox', { name: 'Chiffres' }).selectOption('server');
    await expect.poll(() => remi.page.getByTestId('indicators-source').textContent(), { timeout: 20_000 }).toContain('Chiffres du serveur');
    await expect
      .poll(() => funnelRow(remi.page, 'Mise en relation'), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Mise en relation', '1']));
    expect((await funnelRow(remi.page, 'Mise en œuvre'))[1]).toBe('0');

    // Rita confirms her status: the history says so, and Rémi's tablet shows it settled.
    await rita.page.goto(`${app.url}/#/conflits`);
    await rita.page.getByRole('button', { name: 'Garder « Mise en relation »' }).click();
    await rita.page.getByText('Aucun conflit').waitFor();
    await syncAndWait(rita.page);
    await syncAndWait(remi.page);
    await remi.page.goto(followupUrl);
    await history(remi.page).getByText('Résolu par Rita Moreau.').waitFor();
    expect(await history(remi.page).locator('li').first().textContent()).toContain('Conflit résolu : « Mise en relation » confirmé.');
  });
});
