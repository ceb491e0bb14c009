// Two tablets of one territory: what one records shows up on the other in seconds, through the
// server's live channel, without waiting for the periodic pull (every 60 s).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { createCompany, signedInDevice } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';
import type { RunningApp } from './helpers/app-server';

const PASSWORD = 'mot-de-passe-e2e';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD },
    { email: 'bob@cci.test', name: 'Bob Bernard', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const tablet = async (email: string): Promise<Page> =>
  (await signedInDevice(browser, app.url, email, PASSWORD, { viewport: { width: 1024, height: 768 } })).page;

describe('live channel between tablets', () => {
  it('shows a company recorded on one tablet on the other within seconds', async () => {
    const alice = await tablet('alice@cci.test');
    const bob = await tablet('bob@cci.test');
    await bob.goto(`${app.url}/#/entreprises`);
    // Both have finished their first sync: from now on only the live channel can be that fast.
    await bob.waitForTimeout(1500);

    await createCompany(alice, { name: 'Fromagerie Gaugry', territory: 'Dijon métropole' });
    const recordedAt = Date.now();
    await bob.getByRole('link', { name: /Fromagerie Gaugry/ }).waitFor({ timeout: 15_000 });
    const seconds = (Date.now() - recordedAt) / 1000;
    console.log(`Entreprise visible sur l’autre tablette après ${seconds.toFixed(1)} s`);
    // Periodic pull alone would take up to 60 s; the live channel takes ~1–2 s (more on a loaded
    // CI machine running two browser specs at once).
    expect(seconds).toBeLessThan(15);
  });
});
