// The installed app: it opens with no network after the browser was closed, and a new version
// is offered without losing what is being typed.
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/browser';
import { createCompany, openInstalledApp, sayOffline } from './helpers/pages';

let app: RunningApp;
let distCopy: string;
let profile: string;

beforeAll(async () => {
  // A private copy of the build, so this test can publish a "new version" of it.
  distCopy = mkdtempSync(join(tmpdir(), 'st-dist-'));
  cpSync('dist', distCopy, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'st-profile-'));
  app = await startApp({ DIST_DIR: distCopy });
});

afterAll(async () => {
  await app?.stop();
  rmSync(distCopy, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const launchProfile = () => chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

describe('installed app', () => {
  it('opens with the network off after the browser was closed and reopened', async () => {
    let context = await launchProfile();
    const page = await openInstalledApp(context, app.url);
    await createCompany(page, { name: 'Laiterie de Charolles', territory: 'CC Le Grand Charolais' });
    await context.close();

    context = await launchProfile();
    await context.setOffline(true);
    const reopened = await context.newPage();
    try {
      await reopened.goto(app.url);
      await reopened.getByRole('link', { name: /Laiterie de Charolles/ }).waitFor();
      // Once the app is drawn (see sayOffline for why it must be told again).
      await sayOffline(reopened);
      await expect.poll(() => reopened.getByTestId('network-status').textContent()).toBe('Hors ligne');
    } finally {
      // A failure must not leave the profile locked for the next test.
      await context.close();
    }
  });

  it('offers the new version and reloads into it without losing the text being typed', async () => {
    const context = await launchProfile();
    const page = await openInstalledApp(context, app.url);
    await page.getByRole('link', { name: /Laiterie de Charolles/ }).click();
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByLabel('Notes').click();
    await page.keyboard.type('Rappeler le directeur en janvier');

    appendFileSync(join(distCopy, 'sw.js'), '\n// nouvelle version\n');
    // A published version ships its own precompressed copies; these old ones would hide the change.
    rmSync(join(distCopy, 'sw.js.br'), { force: true });
    rmSync(join(distCopy, 'sw.js.gz'), { force: true });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.getByRole('button', { name: 'Recharger' }).click();
    await page.waitForEvent('load');
    await page.getByLabel('Notes').waitFor();
    expect(await page.getByLabel('Notes').inputValue()).toBe('Rappeler le directeur en janvier');
    await context.close();
  });
});
