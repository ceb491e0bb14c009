// The header must not eat the screen: one compact row on a tablet, a compact top bar and a bottom
// tab bar on a phone; the questionnaire's status bar and the focused field are never hidden.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp, toggleFlux } from './helpers/pages';

let app: RunningApp;
let browser: Browser;
const SHOTS = process.env.LAYOUT_SHOTS ?? join(tmpdir(), 'st-layout');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await startApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} n’est pas affiché`);
  return b;
};

const SCREENS = [
  { name: 'tablette paysage', width: 1280, height: 800, phone: false },
  { name: 'tablette 10 pouces', width: 1024, height: 768, phone: false },
  { name: 'tablette portrait', width: 800, height: 1280, phone: false },
  { name: 'téléphone', width: 390, height: 844, phone: true },
];

describe.each(SCREENS)('layout on a $name ($width×$height)', ({ width, height, phone }) => {
  it('keeps the header small and the focused field in sight', async () => {
    const context = await browser.newContext({ viewport: { width, height }, hasTouch: phone, isMobile: phone });
    try {
      const page = await openInstalledApp(context, app.url);
      const header = await box(page, '.app-header');
      expect(header.height).toBeLessThanOrEqual(phone ? 56 : 64);
      const nav = await box(page, '.main-nav');
      if (phone) {
        // A bottom tab bar: every link at the foot of the screen, none in the top bar.
        expect(nav.y + nav.height).toBeCloseTo(height, 0);
        expect(nav.height).toBeLessThanOrEqual(64);
      } else {
        expect(nav.y).toBeGreaterThanOrEqual(header.y);
        expect(nav.y + nav.height).toBeLessThanOrEqual(header.y + header.height);
      }
      // Every link in the width, none hidden to scroll to: on a tablet and a phone, four and « Plus ».
      expect(await page.locator('.main-nav').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const behindPlus = width <= 1400;
      const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
      if (behindPlus) {
        // The other pages are behind « Plus », in a panel above the bar.
        expect(await navigation.getByRole('link', { name: 'Données' }).count()).toBe(0);
        await navigation.getByRole('button', { name: 'Plus' }).click();
        await page.screenshot({ path: join(SHOTS, `plus-${width}x${height}.png`) });
      }
      await navigation.getByRole('link', { name: 'Données' }).click();
      await page.getByRole('heading', { name: 'Données', exact: true }).waitFor();
      if (behindPlus) {
        // The panel closed on the way; « Plus » tells where we are.
        expect(await navigation.getByRole('button', { name: 'Plus' }).getAttribute('aria-expanded')).toBe('false');
        expect(await navigation.getByRole('button', { name: 'Plus' }).getAttribute('data-current')).toBe('true');
      }
      await page.screenshot({ path: join(SHOTS, `donnees-${width}x${height}.png`) });

      await page.goto(`${app.url}/#/entreprises`);
      await createCompany(page, { name: 'Cartonnages Morel', territory: 'Dijon métropole', lat: '47.32', lon: '5.04' });
      await toggleFlux(page, 'Matières', 'Cartons et emballages carton : À donner / disponible');
      await page.getByRole('button', { name: 'Détails à donner : Cartons et emballages carton' }).click();
      const field = page.getByLabel('Description, qualité');
      await field.waitFor();
      // Scroll so the field sits under the sticky bars, then focus it as a keyboard would.
      await page.evaluate(() => {
        const el = document.querySelector('textarea[name="description"]')!;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 20);
      });
      await field.focus();
      await page.waitForTimeout(300);
      const status = await box(page, '.questionnaire .sticky-header');
      const after = await box(page, '.app-header');
      const focused = await field.boundingBox();
      await page.screenshot({ path: join(SHOTS, `questionnaire-${width}x${height}.png`) });
      // The status bar stays under the header, the field below both and above the tab bar.
      expect(status.y).toBeGreaterThanOrEqual(after.y + after.height - 1);
      expect(await page.getByTestId('saved').or(page.locator('.save-indicator')).first().isVisible()).toBe(true);
      expect(focused!.y).toBeGreaterThanOrEqual(status.y + status.height - 1);
      const bottomLimit = phone ? (await box(page, '.main-nav')).y : height;
      expect(focused!.y + Math.min(focused!.height, 40)).toBeLessThanOrEqual(bottomLimit);

      // The header's sync summary (« N modifications locales ») is read whole on a tablet in landscape.
      if (width >= 1024) {
        const summary = page.locator('.app-header .sync-summary');
        expect(await summary.textContent()).toMatch(/modifications? locales?/);
        expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
      if (!phone) return;
      // On a phone, the Synergies filters leave the first screen room for the list; a checkbox sits
      // beside its words.
      await page.goto(`${app.url}/#/entreprises`);
      await createCompany(page, { name: 'Recyclerie Bertin', territory: 'Dijon métropole', lat: '47.33', lon: '5.05' });
      await toggleFlux(page, 'Matières', 'Cartons et emballages carton : Accepte en entrée');
      await page.goto(`${app.url}/#/synergies`);
      const filters = await box(page, '.syn-filters');
      await page.screenshot({ path: join(SHOTS, `synergies-${width}x${height}.png`) });
      expect(filters.y + filters.height).toBeLessThanOrEqual(bottomLimit - 120);
      expect((await box(page, '.syn-filters label.checkbox')).height).toBeLessThan(56);
    } finally {
      await context.close();
    }
  });
});
