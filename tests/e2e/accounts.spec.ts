// The administrator opens an account for a new advisor from the app, while the server runs;
// the advisor signs in with the password shown once.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { openFromNav, openInstalledApp, signIn as signInAt } from './helpers/pages';

const signIn = (page: Page, email: string, password: string) => signInAt(page, app.url, email, password);

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ ADMIN_EMAIL: 'admin@cci.test', ADMIN_PASSWORD: 'administrateur-e2e' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('accounts', () => {
  it('lets an admin create an advisor who can then sign in', async () => {
    const admin = await openInstalledApp(await browser.newContext(), app.url);
    await signIn(admin, 'admin@cci.test', 'administrateur-e2e');
    await openFromNav(admin, 'Comptes');
    await admin.getByRole('button', { name: 'Nouveau compte' }).click();
    await admin.getByLabel('Adresse e-mail').fill('claire@cci.test');
    await admin.getByLabel('Nom et prénom').fill('Claire Dubois');
    await admin.getByLabel('Rôle').selectOption({ label: 'Conseiller' });
    await admin.getByLabel('Dijon métropole').check();
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    const password = (await admin.getByTestId('acc-secret').locator('code').textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(10);

    const advisor = await openInstalledApp(await browser.newContext(), app.url);
    await signIn(advisor, 'claire@cci.test', password);
    await advisor.goto(`${app.url}/#/synchronisation`);
    await advisor.getByText('Claire Dubois').first().waitFor();
    // Not an admin: no "Comptes" link, in the header or behind « Plus ».
    await advisor.getByRole('button', { name: 'Plus' }).click();
    await advisor.getByRole('link', { name: 'Synchronisation', exact: true }).waitFor();
    expect(await advisor.getByRole('link', { name: 'Comptes' }).count()).toBe(0);
  });
});
