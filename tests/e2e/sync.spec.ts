// Two advisors of a territory share their work through the server; a third, elsewhere, does not
// see it. The first one records a company and its flux with the network off.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/sync/transport';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp, signIn, toggleFlux } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';
import type { RunningApp } from './helpers/app-server';

const PASSWORD = 'mot-de-passe-e2e';
const COMPANY = 'Menuiserie Lambert';

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'bob@cci.test', name: 'Bob Bernard', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'carol@cci.test', name: 'Carol Petit', territoryIds: ['cc-grand-charolais'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A new device (browser context) with the app installed, signed in as `email`. */
async function signedInDevice(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await openInstalledApp(context, app.url);
  await signIn(page, app.url, email, PASSWORD);
  return page;
}

/** What the server holds for `email`, read through the sync client's own transport. */
async function serverCompanies(email: string) {
  const transport = createTransport(app.url);
  const session = await transport.login({ email, password: PASSWORD });
  if (!session.ok) throw new Error(session.error.message);
  const pulled = await transport.pull(session.value.token, 0);
  if (!pulled.ok) throw new Error(pulled.error.message);
  return pulled.value.changes;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('sync between advisors', () => {
  it('sends a company recorded offline once the network is back', async () => {
    const page = await signedInDevice('alice@cci.test');
    const context = contexts[0]!;
    await context.setOffline(true);
    await page.goto(`${app.url}/#/entreprises`);
    const id = await createCompany(page, { name: COMPANY, territory: 'Dijon métropole', lat: '47,32', lon: '5,04' });
    await toggleFlux(page, 'Matières', 'Palettes bois : À donner / disponible');
    await toggleFlux(page, 'Énergie', 'Électricité (achat groupé) : Besoin');
    await page
      .getByTestId('sync-status')
      .getByText(/en attente/)
      .waitFor();
    expect(await serverCompanies('alice@cci.test')).toHaveLength(0);

    await context.setOffline(false);
    const changes = await eventually(
      () => serverCompanies('alice@cci.test'),
      (c) => c.length >= 3,
    );
    expect(changes.find((c) => c.table === 'companies')?.record).toMatchObject({ id, name: COMPANY, territoryId: 'dijon-metropole' });
    expect(changes.filter((c) => c.table === 'flux' && c.record.companyId === id)).toHaveLength(2);
    await page
      .getByTestId('sync-status')
      .getByText(/À jour/)
      .waitFor({ timeout: 30_000 });
  });

  it('brings it to a colleague of the same territory', async () => {
    const page = await signedInDevice('bob@cci.test');
    await page.goto(`${app.url}/#/entreprises`);
    await page.getByRole('link', { name: new RegExp(COMPANY) }).waitFor({ timeout: 30_000 });
  });

  it('shows nothing of it to an advisor of another territory', async () => {
    const page = await signedInDevice('carol@cci.test');
    await page.goto(`${app.url}/#/entreprises`);
    await page
      .getByTestId('sync-status')
      .getByText(/À jour/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: new RegExp(COMPANY) }).count()).toBe(0);
    expect(await serverCompanies('carol@cci.test')).toHaveLength(0);
  });
});
