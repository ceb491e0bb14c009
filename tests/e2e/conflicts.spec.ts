// Two advisors edit the same company offline. Different fields merge; the same field becomes a
// conflict that the second one resolves, and the choice reaches the first one's tablet.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, syncAndWait, signedInDevice } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const COMPANY = 'Fonderie Perrin';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['cu-creusot-montceau'], password: PASSWORD },
    { email: 'bob@cci.test', name: 'Bob Bernard', territoryIds: ['cu-creusot-montceau'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const device = (email: string) => signedInDevice(browser, app.url, email, PASSWORD);

async function editCompany(page: Page, fields: Record<string, string>) {
  await page.goto(`${app.url}/#/entreprises`);
  await page.getByRole('link', { name: new RegExp(COMPANY) }).click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByTestId('saved').waitFor();
}

describe('concurrent offline edits', () => {
  it('merges different fields and lets the user settle the same field', async () => {
    const alice = await device('alice@cci.test');
    await createCompany(alice.page, { name: COMPANY, territory: 'CU Creusot-Montceau', lat: '46,80', lon: '4,42' });
    await syncAndWait(alice.page);
    const bob = await device('bob@cci.test');
    await bob.page.goto(`${app.url}/#/entreprises`);
    await bob.page.getByRole('link', { name: new RegExp(COMPANY) }).waitFor({ timeout: 30_000 });

    await alice.context.setOffline(true);
    await bob.context.setOffline(true);
    await editCompany(alice.page, { Notes: 'Visite fixée au 3 février', 'Zone d’activités': 'ZI Coriolis' });
    await editCompany(bob.page, { Notes: 'Rappeler le responsable HSE', Adresse: '12 rue de la Fonderie' });

    await alice.context.setOffline(false);
    await syncAndWait(alice.page);
    await bob.context.setOffline(false);
    await bob.page
      .getByTestId('sync-status')
      .getByRole('link', { name: /1 conflit/ })
      .click();

    const conflict = bob.page.locator('.sync-conflict');
    await conflict.waitFor();
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('Visite fixée au 3 février');
    expect(text).toContain('Rappeler le responsable HSE');
    await conflict.getByRole('radio', { name: /Cet appareil/ }).check();
    await conflict.getByRole('button', { name: 'Résoudre' }).click();
    await bob.page
      .getByText('Aucun conflit')
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await syncAndWait(bob.page);

    // Alice's tablet receives Bob's choice and Bob's address; her zone stayed.
    await syncAndWait(alice.page);
    await alice.page.goto(`${app.url}/#/entreprises`);
    await alice.page.getByRole('link', { name: new RegExp(COMPANY) }).click();
    await alice.page.getByRole('link', { name: 'Modifier' }).click();
    expect(await alice.page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Rappeler le responsable HSE');
    expect(await alice.page.getByLabel('Adresse', { exact: true }).inputValue()).toBe('12 rue de la Fonderie');
    expect(await alice.page.getByLabel('Zone d’activités', { exact: true }).inputValue()).toBe('ZI Coriolis');
  });
});
