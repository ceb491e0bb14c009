// An admin moves an advisor to another territory from the Comptes page: at her next sync the
// advisor's tablet receives the companies already recorded there, lets go of those of the
// territory taken away, and tells her so.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, signedInDevice, syncAndWait } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'admin@cci.test', name: 'Anne Admin', role: 'admin', territoryIds: [], password: PASSWORD },
    { email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'bruno@cci.test', name: 'Bruno Petit', territoryIds: ['cu-creusot-montceau'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const tablet = async (email: string): Promise<Page> => (await signedInDevice(browser, app.url, email, PASSWORD)).page;

describe('an advisor moved to another territory', () => {
  it('receives its companies, lets go of the old ones, and is told', async () => {
    const bruno = await tablet('bruno@cci.test');
    await createCompany(bruno, { name: 'Fonderie Lefort', territory: 'CU Creusot-Montceau' });
    await syncAndWait(bruno);

    const alice = await tablet('alice@cci.test');
    await createCompany(alice, { name: 'Imprimerie Bertin', territory: 'Dijon métropole' });
    await syncAndWait(alice);

    const admin = await tablet('admin@cci.test');
    await admin.goto(`${app.url}/#/comptes`);
    await admin.getByRole('button', { name: 'Modifier le compte de Alice Martin' }).click();
    const form = admin.getByRole('form', { name: 'Modifier le compte de Alice Martin' });
    await form.getByLabel('CU Creusot-Montceau').check();
    await form.getByLabel('Dijon métropole').uncheck();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });

    await alice.goto(`${app.url}/#/entreprises`);
    await syncAndWait(alice);
    await alice.getByText(/Territoire retiré de votre compte : Dijon métropole/).waitFor();
    await alice.getByRole('link', { name: /Fonderie Lefort/ }).waitFor();
    expect(await alice.getByText('Imprimerie Bertin').count()).toBe(0);
  });
});
