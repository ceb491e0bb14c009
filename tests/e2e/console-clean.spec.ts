// The built app under its Content-Security-Policy: opening it and its synergies (the matching
// worker) leaves nothing in the console, so a real error stands out to whoever looks.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp } from './helpers/pages';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('opens the app and the synergies with no policy violation or error in the console', async () => {
  const context = await browser.newContext();
  const reports: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') reports.push(`${message.type()}: ${message.text()}`);
  });
  // Before any script of the page runs, so the very first probe is seen.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.sourceFile}`)),
  );
  const page = await openInstalledApp(context, app.url);
  await createCompany(page, { name: 'Scierie du Morvan', territory: 'CC Grand Autunois Morvan' });
  await page.goto(`${app.url}/#/synergies`);
  await page.getByRole('heading', { name: 'Synergies' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Synergies' }).waitFor();
  await page.waitForTimeout(500);
  expect(reports).toEqual([]);
  await context.close();
});
