// Two tablets share a territory's business parks: the referent's park shows up in the advisor's
// company form after a sync, and a zone name the advisor typed offline reaches the referent as a
// proposal, which the referent merges (the advisor's company follows).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/sync/transport';
import { launchChromium } from './helpers/browser';
import { syncAndWait, signedInDevice } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';
import type { RunningApp } from './helpers/app-server';

const PASSWORD = 'mot-de-passe-e2e';
const REFERENT = 'rene@cci.test';
const ADVISOR = 'alice@cci.test';

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let referent: Page;
let advisor: Page;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: REFERENT, name: 'René Girard', role: 'referent', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: ADVISOR, name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function tablet(email: string): Promise<Page> {
  const { context, page } = await signedInDevice(browser, app.url, email, PASSWORD);
  contexts.push(context);
  return page;
}

/** The advisor's companies as the server holds them. */
async function serverCompany(name: string): Promise<Record<string, unknown> | undefined> {
  const transport = createTransport(app.url);
  const session = await transport.login({ email: ADVISOR, password: PASSWORD });
  if (!session.ok) throw new Error(session.error.message);
  const pulled = await transport.pull(session.value.token, 0);
  if (!pulled.ok) throw new Error(pulled.error.message);
  return pulled.value.changes.find((c) => c.table === 'companies' && c.record.name === name)?.record;
}

async function newCompany(page: Page, name: string): Promise<void> {
  await page.goto(`${app.url}/#/entreprises/nouvelle`);
  await page.getByLabel('Raison sociale *').fill(name);
  await page.getByLabel('Territoire (EPCI) *').selectOption({ label: 'Dijon métropole' });
}

describe('business parks shared between tablets', () => {
  it('shows a park created by the referent in the advisor’s company form after a sync', async () => {
    referent = await tablet(REFERENT);
    await referent.goto(`${app.url}/#/territoires`);
    await referent.getByLabel('Nouvelle zone pour Dijon métropole').fill('Cap Nord');
    await referent.getByRole('button', { name: 'Ajouter la zone' }).click();
    await referent.getByRole('button', { name: 'Renommer la zone Cap Nord' }).waitFor();

    advisor = await tablet(ADVISOR);
    await syncAndWait(advisor);
    await newCompany(advisor, 'Imprimerie Bertin');
    const zone = advisor.getByLabel('Zone d’activités');
    await zone.click();
    await zone.fill('cap n');
    await advisor.getByRole('option', { name: 'Cap Nord' }).click();
    expect(await zone.inputValue()).toBe('Cap Nord');
    await advisor.getByRole('button', { name: 'Créer et démarrer la visite' }).click();
    await advisor.waitForURL(/\/visite$/);
    await syncAndWait(advisor);
    expect(await serverCompany('Imprimerie Bertin')).toMatchObject({ zone: 'Cap Nord', parkId: expect.any(String) });
  });

  it('proposes a zone the advisor typed offline, and the referent’s merge reaches the advisor’s company', async () => {
    const context = contexts[1]!;
    await context.setOffline(true);
    await newCompany(advisor, 'Garage Dupont');
    const zone = advisor.getByLabel('Zone d’activités');
    await zone.fill('ZI des Grèves');
    await advisor.getByLabel('Adresse').click();
    await advisor.getByText(/sera proposée au référent à la prochaine synchronisation/).waitFor();
    await advisor.getByRole('button', { name: 'Créer et démarrer la visite' }).click();
    await advisor.waitForURL(/\/visite$/);
    const companyUrl = advisor.url().replace(/\/visite$/, '');

    await context.setOffline(false);
    // The name was proposed when the company was saved: one sync sends both, the company filed in it.
    await syncAndWait(advisor);
    expect(await serverCompany('Garage Dupont')).toMatchObject({ zone: 'ZI des Grèves', parkId: expect.any(String) });

    await syncAndWait(referent);
    await referent.goto(`${app.url}/#/territoires`);
    await referent.getByText('Propositions à examiner').waitFor();
    await referent.getByRole('button', { name: 'Fusionner la zone ZI des Grèves' }).click();
    await referent.getByLabel('Fusionner « ZI des Grèves » dans').selectOption({ label: 'Cap Nord' });
    const preview = referent.getByTestId('merge-preview');
    await preview.getByText('Garage Dupont').waitFor();
    expect(await preview.textContent()).toMatch(/1 entreprise sera rattachée à « Cap Nord »/);
    await referent.getByRole('button', { name: 'Confirmer la fusion' }).click();
    await referent.getByText(/fusionnée dans « Cap Nord »/).waitFor();
    expect(await referent.getByRole('button', { name: 'Fusionner la zone ZI des Grèves' }).count()).toBe(0);

    expect(await serverCompany('Garage Dupont')).toMatchObject({ zone: 'Cap Nord' });
    await syncAndWait(advisor);
    await advisor.goto(companyUrl);
    await advisor.getByText('Dijon métropole · Cap Nord').waitFor({ timeout: 30_000 });
  });
});
