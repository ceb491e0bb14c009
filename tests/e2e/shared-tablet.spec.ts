// One tablet, two advisors of the same territory. Alice records a company with the server out of
// reach and signs out; Bruno signs in on the same browser: he neither sees her company nor sends it
// under his name. Alice signs back in and finds her company and its pending change, which then
// reaches the server.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/sync/transport';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp, signIn } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const COMPANY = 'Menuiserie d’Alice';
let app: RunningApp;
let browser: Browser;
let tablet: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Same territory on purpose: were Alice's change sent under Bruno's account, the server would take it.
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'bruno@cci.test', name: 'Bruno Roux', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
  tablet = await browser.newContext();
  page = await openInstalledApp(tablet, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Company names the server holds, read as `email`. */
async function serverCompanyNames(email: string): Promise<string[]> {
  const transport = createTransport(app.url);
  const session = await transport.login({ email, password: PASSWORD });
  if (!session.ok) throw new Error(session.error.message);
  const pulled = await transport.pull(session.value.token, 0);
  if (!pulled.ok) throw new Error(pulled.error.message);
  return pulled.value.changes.filter((c) => c.table === 'companies').map((c) => String(c.record.name));
}

/**
 * The server out of reach for this tablet. (The API is cut rather than the browser put offline:
 * Chromium's offline emulation also reaches the service worker and, on a loaded machine, may not
 * be lifted in time for the reloads a sign-in makes.)
 */
const cutServer = () => tablet.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
const restoreServer = () => tablet.unroute('**/api/v1/**');

async function signOut() {
  await page.goto(`${app.url}/#/synchronisation`);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
}

async function companyLinks(): Promise<number> {
  await page.goto(`${app.url}/#/entreprises`);
  await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
  await page.getByText(/entreprise\(s\)$/).waitFor();
  return page.getByRole('link', { name: new RegExp(COMPANY) }).count();
}

describe('a tablet shared by two advisors', () => {
  it('keeps each one’s records and unsent changes to themselves', async () => {
    await signIn(page, app.url, 'alice@cci.test', PASSWORD);
    await cutServer();
    await page.goto(`${app.url}/#/entreprises`);
    await createCompany(page, { name: COMPANY, territory: 'Dijon métropole' });
    await page
      .getByTestId('sync-status')
      .getByText(/en attente/)
      .waitFor();

    // Signing out warns that a change has not left the tablet.
    await signOut();
    const warning = page.getByRole('alertdialog');
    expect(await warning.textContent()).toContain('pas encore été envoyée');
    await warning.getByRole('button', { name: 'Se déconnecter quand même' }).click();
    await page.getByRole('heading', { name: 'Connexion', exact: true }).waitFor();
    await restoreServer();

    // Bruno: an empty tablet for him, and nothing of Alice's leaves under his account.
    await signIn(page, app.url, 'bruno@cci.test', PASSWORD);
    expect(await companyLinks()).toBe(0);
    await page
      .getByTestId('sync-status')
      .getByText(/À jour/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('sync-status').textContent()).not.toMatch(/modification/);
    expect(await serverCompanyNames('bruno@cci.test')).toEqual([]);
    await signOut();
    await page.getByRole('heading', { name: 'Connexion', exact: true }).waitFor();

    // Alice again: her company and its pending change are there, and now reach the server.
    await signIn(page, app.url, 'alice@cci.test', PASSWORD);
    expect(await companyLinks()).toBe(1);
    await page
      .getByTestId('sync-status')
      .getByText(/À jour/)
      .waitFor({ timeout: 30_000 });
    expect(await serverCompanyNames('alice@cci.test')).toEqual([COMPANY]);
  });
});
