// The referent's tablet: a synergy proposed from an advisor's visit is retained offline, noted and
// given its realised gains; a second referent sees it after sync; it outlives the synergy when the
// advisor changes a flux; a synergy set aside does not come back as new after « Recalculer ».
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, syncAndWait, toggleFlux, signedInDevice } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.SCREENSHOT_DIR;

let app: RunningApp;
let browser: Browser;
let advisor: Page;
let referent: Page;
let referentContext: BrowserContext;
let followupUrl = '';

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', role: 'advisor', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'rita@cci.test', name: 'Rita Moreau', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'remi@cci.test', name: 'Rémi Garnier', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const device = (email: string, viewport?: { width: number; height: number }) =>
  signedInDevice(browser, app.url, email, PASSWORD, viewport ? { viewport, hasTouch: true } : {});

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const card = (page: Page, text: string | RegExp) => page.locator('.fu-card').filter({ hasText: text });

describe('the referent follows a synergy from proposal to gains', () => {
  it('an advisor records a visit: two companies that could share cardboard and a training', async () => {
    ({ page: advisor } = await device('alice@cci.test'));
    await advisor.goto(`${app.url}/#/entreprises`);
    await createCompany(advisor, { name: 'Cartonnages Morel', territory: 'Dijon métropole', lat: '47,3220', lon: '5,0415' });
    await toggleFlux(advisor, 'Matières', 'Cartons et emballages carton : À donner / disponible');
    await toggleFlux(advisor, 'Compétences', 'Formation Sauveteur Secouriste du Travail (SST) : Besoin');
    await advisor.goto(`${app.url}/#/entreprises`);
    await createCompany(advisor, { name: 'Imprimerie Bertin', territory: 'Dijon métropole', lat: '47,3580', lon: '5,0420' });
    await toggleFlux(advisor, 'Matières', 'Cartons et emballages carton : Accepte en entrée');
    await toggleFlux(advisor, 'Compétences', 'Formation Sauveteur Secouriste du Travail (SST) : Besoin');
    await syncAndWait(advisor);
  });

  it('the referent, offline on a tablet, retains it, adds a note and the realised gains, then syncs', async () => {
    ({ page: referent, context: referentContext } = await device('rita@cci.test', TABLET));
    await syncAndWait(referent);
    await referent.goto(`${app.url}/#/suivi`);
    const cardboard = card(referent, 'Cartonnages Morel').filter({ hasText: 'Substitution' });
    await cardboard.waitFor({ timeout: 20_000 });
    await card(referent, 'Mutualisation').waitFor();
    await shot(referent, 'queue-tablet');

    await referentContext.setOffline(true);
    await cardboard.getByRole('button', { name: 'Retenir' }).click();
    await referent.getByText('Synergie retenue').waitFor();
    await cardboard.waitFor({ state: 'detached' });

    await referent.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await referent.getByRole('button', { name: /Retenue/, pressed: true }).waitFor();
    await card(referent, 'Cartonnages Morel').click();
    await referent.waitForURL(/#\/suivi\/[^/]+$/);
    followupUrl = referent.url();

    await referent.getByLabel('Nouvelle note').fill('Appel à Cartonnages Morel : ok pour un essai en mars.');
    await referent.getByRole('button', { name: 'Ajouter la note' }).click();
    await referent.getByText('ok pour un essai en mars').waitFor();

    await referent.getByRole('button', { name: 'Modifier les gains réalisés' }).click();
    const realised = referent.locator('form.fu-gains');
    await realised.getByLabel('Tonnes détournées (t/an)').fill('12');
    await realised.getByLabel('Économies (€/an)').fill('1 800');
    await realised.getByLabel('Facteur d’émission').selectOption({ label: 'Transport routier de marchandises évité' });
    await realised.getByLabel(/Quantité évitée/).fill('4800');
    await realised.getByRole('button', { name: 'Enregistrer les gains réalisés' }).click();
    const figure = referent.getByRole('region', { name: 'Gains réalisés' }).getByTestId('co2-figure');
    await figure.getByText('0,46 t CO2e/an').waitFor();
    expect(await figure.textContent()).toContain('ADEME Base Carbone');
    await shot(referent, 'followup-tablet');

    await referentContext.setOffline(false);
    await syncAndWait(referent);
  });

  it('a second referent’s tablet sees the follow-up after sync', async () => {
    const { page } = await device('remi@cci.test', TABLET);
    await syncAndWait(page);
    await page.goto(`${app.url}/#/suivi/pipeline`);
    await card(page, 'Cartonnages Morel').click();
    await page.getByText('ok pour un essai en mars').waitFor();
    await page.getByRole('heading', { name: /Retenue/ }).waitFor();
    const realised = page.getByRole('region', { name: 'Gains réalisés' });
    await realised.getByText('0,46 t CO2e/an').waitFor();
    expect(await realised.textContent()).toMatch(/1\s800/);
    // History: Rita moved it from Proposée to Retenue.
    expect(await page.getByRole('region', { name: 'Historique' }).textContent()).toMatch(/Rita Moreau[\s\S]*Proposée → Retenue/);
  });

  it('an Écartée synergy does not come back as new after « Recalculer »', async () => {
    await referent.goto(`${app.url}/#/suivi`);
    const training = card(referent, 'Mutualisation');
    await training.getByRole('button', { name: 'Écarter' }).click();
    // The reason is required.
    await training.getByRole('button', { name: 'Écarter' }).click();
    await training.getByText('Choisissez un motif pour écarter cette synergie').waitFor();
    await training.getByLabel('Pas d’intérêt des entreprises').check();
    await training.getByRole('button', { name: 'Écarter' }).click();
    await referent.getByText('Rien à traiter').waitFor();

    await referent.goto(`${app.url}/#/synergies`);
    await referent.getByRole('button', { name: 'Recalculer' }).click();
    await referent.getByRole('button', { name: 'Recalculer' }).waitFor({ timeout: 30_000 });
    // The list hides it by default (decisions stick) and shows it when asked.
    await referent.locator('.syn-card').first().waitFor();
    expect(await referent.locator('.syn-card').filter({ hasText: 'Mutualisation' }).count()).toBe(0);
    await referent.getByLabel('Afficher les écartées').check();
    await referent.locator('.syn-card').filter({ hasText: 'Mutualisation' }).waitFor();
    await referent.goto(`${app.url}/#/suivi`);
    await referent.getByText('Rien à traiter').waitFor();
    await referent.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await referent.getByRole('button', { name: /Écartée/ }).click();
    await card(referent, 'Pas d’intérêt des entreprises').waitFor();
  });

  it('keeps the follow-up and its snapshot once the advisor’s change drops the synergy', async () => {
    await advisor.goto(`${app.url}/#/entreprises`);
    await advisor.getByRole('link', { name: /Imprimerie Bertin/ }).click();
    await advisor
      .getByRole('link', { name: /visite/i })
      .first()
      .click();
    await advisor
      .getByRole('navigation', { name: 'Sections du questionnaire' })
      .getByRole('link', { name: /^Matières/ })
      .click();
    await advisor.getByRole('button', { name: 'Cartons et emballages carton : Accepte en entrée', exact: true }).click();
    await syncAndWait(advisor);

    await syncAndWait(referent);
    await referent.goto(followupUrl);
    await referent.getByText('Cette synergie n’est plus proposée par le calcul').waitFor({ timeout: 20_000 });
    const snapshot = referent.locator('.fu-snapshot');
    expect(await snapshot.textContent()).toContain('Imprimerie Bertin');
    expect(await snapshot.textContent()).toContain('Cartons et emballages carton');
    await referent.getByText('ok pour un essai en mars').waitFor();
    await shot(referent, 'followup-gone-tablet');
  });

  it('fits a phone: the follow-up and its printable sheet', async () => {
    await referent.setViewportSize(PHONE);
    await referent.goto(followupUrl);
    await referent.getByRole('heading', { name: 'Suivi de la synergie' }).waitFor();
    const overflow = await referent.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(referent, 'followup-phone');
    await referent.goto(`${followupUrl}/fiche`);
    await referent.getByRole('heading', { name: /Fiche synergie/ }).waitFor();
    await shot(referent, 'fiche-phone');
    await referent.setViewportSize(TABLET);
    await referent.goto(`${app.url}/#/suivi/pipeline`);
    await shot(referent, 'pipeline-tablet');
    await referent.setViewportSize(PHONE);
    await shot(referent, 'pipeline-phone');
  });
});
