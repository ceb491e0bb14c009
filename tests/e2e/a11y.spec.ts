// Accessibility and self-reliance of the screens people show others: axe finds nothing serious on
// « Carte » (which writes the basemap's place names and each group's number of companies without
// fetching anything outside the app's own server, and with no complaint from MapLibre in the
// console), nor on « Indicateurs » and « Rapport annuel » on a phone, where wide tables scroll and
// are reached by keyboard.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureArchive } from '../fixtures/pmtiles';
import { startApp, type RunningApp } from './helpers/app-server';
import { axeFindings } from './helpers/axe';
import { launchChromium, WEBGL_ARGS } from './helpers/browser';
import { createCompany, openInstalledApp, signIn, syncAndWait } from './helpers/pages';

let dir: string;
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Addresses asked for outside the app's own server (data: and blob: are the page's own). */
const outside: string[] = [];
/** Errors and warnings in the console: a missing icon or glyph would be said there by MapLibre. */
const said: string[] = [];
const shots = process.env.SCREENSHOT_DIR;
const ADMIN = { ADMIN_EMAIL: 'direction@programme.test', ADMIN_PASSWORD: 'accessibilite-e2e-mdp' };

async function shot(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `a11y-${name}.png`), fullPage: true });
}

const mapSays = (name: string) => page.locator('.map-canvas').getAttribute(`data-${name}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'st-a11y-e2e-'));
  app = await startApp({ MAP_TILES_FILE: writeFixtureArchive(join(dir, 'dijon.pmtiles'), 8).path, ...ADMIN });
  browser = await launchChromium(WEBGL_ARGS);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== app.url) outside.push(r.url());
  });
  context.on('console', (m) => {
    // Chromium's software WebGL reports its own slow paths (« GPU stall due to ReadPixels »).
    if ((m.type() === 'error' || m.type() === 'warning') && !/GL Driver|GPU stall/.test(m.text())) said.push(m.text());
  });
  page = await openInstalledApp(context, app.url);
  // Two companies at one address (a group of 2 on the map) and a third 2 km away.
  for (const [name, lat, lon] of [
    ['Cartonnages Morel', '47,3400', '5,0100'],
    ['Menuiserie Bois', '47,3400', '5,0100'],
    ['Imprimerie Bertin', '47,3600', '5,0300'],
  ] as const) {
    await page.goto(`${app.url}/#/entreprises`);
    await createCompany(page, { name, territory: 'Dijon métropole', lat, lon });
  }
  // A manager's view of the indicators: the server's figures, with the targets and per-person tables.
  await signIn(page, app.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  await syncAndWait(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('accessibility', () => {
  it('« Carte »: the group shows its number, the basemap its names, nothing fetched elsewhere, axe clean on a tablet and a phone', async () => {
    await page.goto(`${app.url}/#/carte`);
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-basemap') === 'drawn', null, {
      timeout: 30_000,
    });
    // Read from what MapLibre placed on screen: text drawn from the device's fonts, no glyph file.
    await expect.poll(() => mapSays('counts'), { timeout: 30_000 }).toBe('2');
    await expect
      .poll(async () => (await mapSays('names'))?.split('|'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Dijon', 'Avenue du Drapeau', 'Lac Kir']));
    await shot('carte');
    // Checked with the offline panel open (its fields and buttons), on a tablet and on a phone.
    await page.getByText('Préparer la carte hors ligne').click();
    expect(await axeFindings(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Carte', exact: true }).waitFor();
    await shot('carte-telephone');
    expect(await axeFindings(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(said).toEqual([]);
  });

  it.each([
    // Each waits for the last part to arrive from the server before axe looks.
    ['Indicateurs', '#/indicateurs?source=serveur', 'Activité par personne'],
    ['Rapport annuel', '#/indicateurs/rapport?source=serveur', 'à partir de la base du serveur du programme'],
  ])('« %s » on a phone (390 px): axe clean, wide tables reachable by keyboard', async (name, hash, shown) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/${hash}`);
    await page.getByText(shown).first().waitFor({ timeout: 20_000 });
    await shot(name.toLowerCase().replace(' ', '-'));
    expect(await axeFindings(page)).toEqual([]);
    // A table wider than the screen scrolls inside a frame that takes the focus.
    const frames = await page
      .locator('table')
      .evaluateAll((tables) =>
        tables
          .filter((t) => t.scrollWidth > document.documentElement.clientWidth)
          .map((t) => t.parentElement?.getAttribute('tabindex') ?? 'aucun'),
      );
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((tabindex) => tabindex === '0')).toBe(true);
    expect(outside).toEqual([]);
  });
});
