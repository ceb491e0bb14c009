// « Carte » in Chromium with WebGL through its software renderer: companies recorded on the
// device appear on the map with their synergy line over a basemap served from a PMTiles file the
// test writes itself; zoomed out with the keyboard they cluster; the area is prepared offline and
// the map comes back with its basemap after a reload with the network off; a tap in the company
// form places a company.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureArchive } from '../fixtures/pmtiles';
import { startApp, type RunningApp } from './helpers/app-server';
import { launchChromium, WEBGL_ARGS } from './helpers/browser';
import { createCompany, openInstalledApp, toggleFlux } from './helpers/pages';

let dir: string;
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const shots = process.env.SCREENSHOT_DIR;

const canvas = () => page.locator('.map-canvas');
const drawn = (name: string) => canvas().getAttribute(`data-${name}`).then(Number);
/** Waits until what the map reports drawn (data-<name>) is between min and max. */
const until = (name: string, min: number, max = Infinity) =>
  page.waitForFunction(
    ([n, lo, hi]) => {
      const v = document.querySelector('.map-canvas')?.getAttribute(`data-${n}`);
      return v !== null && v !== undefined && Number(v) >= lo && Number(v) <= hi;
    },
    [name, min, max] as const,
    { timeout: 30_000 },
  );

/** Where a place is on screen, from the view the map reports (Web Mercator). */
async function onScreen(lat: number, lon: number) {
  await page.locator('.maplibregl-canvas').scrollIntoViewIfNeeded();
  const [w, s, e, n] = (await canvas().getAttribute('data-view'))!.split(',').map(Number) as [number, number, number, number];
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const y = (deg: number) => Math.log(Math.tan(Math.PI / 4 + (deg * Math.PI) / 360));
  return { x: box.x + ((lon - w) / (e - w)) * box.width, y: box.y + ((y(n) - y(lat)) / (y(n) - y(s))) * box.height };
}
async function shot(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `map-${name}.png`) });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'st-map-e2e-'));
  const archive = writeFixtureArchive(join(dir, 'dijon.pmtiles'), 8);
  app = await startApp({ MAP_TILES_FILE: archive.path });
  browser = await launchChromium(WEBGL_ARGS);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await openInstalledApp(context, app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the map', () => {
  it('shows the companies, their synergy line and the basemap; zoomed out they cluster', async () => {
    await createCompany(page, { name: 'Cartonnages Morel', territory: 'Dijon métropole', lat: '47,3220', lon: '5,0415' });
    await toggleFlux(page, 'Matières', 'Cartons et emballages carton : À donner / disponible');
    await page.goto(`${app.url}/#/entreprises`);
    await createCompany(page, { name: 'Imprimerie Bertin', territory: 'Dijon métropole', lat: '47,3580', lon: '5,0420' });
    await toggleFlux(page, 'Matières', 'Cartons et emballages carton : Accepte en entrée');
    await page.goto(`${app.url}/#/entreprises`);
    await createCompany(page, { name: 'Menuiserie Bois', territory: 'Dijon métropole', lat: '47,3235', lon: '5,0440' });

    await page.goto(`${app.url}/#/carte`);
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-synergies') === '1', null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-basemap') === 'drawn');
    // Morel and Menuiserie, 200 m apart, may start as one group: at least Bertin is drawn alone.
    expect(await drawn('companies')).toBeGreaterThanOrEqual(1);
    // Everything drawn is in the lists too.
    await page.getByRole('heading', { name: 'Entreprises (3)' }).waitFor();
    await page.locator('.syn-card').filter({ hasText: 'Cartonnages Morel' }).waitFor();
    await expect(page.getByTestId('basemap-status').textContent()).resolves.toContain('OpenStreetMap');
    await shot('ouverte');

    // Keyboard: with the focus on the map, « - » zooms out (the companies group), an arrow pans.
    const width = async () => {
      const [w, , e] = (await canvas().getAttribute('data-view'))!.split(',').map(Number);
      return { w: w!, span: e! - w! };
    };
    const before = await width();
    await page.locator('.maplibregl-canvas').focus();
    // One step at a time: a key pressed while the map still moves is not added to the move.
    for (const factor of [1.5, 3]) {
      await page.keyboard.press('-');
      await expect.poll(async () => (await width()).span / before.span, { timeout: 10_000 }).toBeGreaterThan(factor);
    }
    await until('clusters', 1);
    // Each group writes how many companies it holds (the three make at most 3).
    await expect.poll(() => canvas().getAttribute('data-counts'), { timeout: 10_000 }).toMatch(/^[23](,[23])*$/);
    const zoomedOut = await width();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await width()).w, { timeout: 10_000 }).toBeGreaterThan(zoomedOut.w);
    await shot('groupes');
  });

  it('opens the synergy tapped on its line', async () => {
    await page.goto(`${app.url}/#/entreprises`);
    await page.goto(`${app.url}/#/carte`);
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-synergies') === '1', null, {
      timeout: 30_000,
    });
    // The line runs north–south between Morel and Bertin: a tap at its middle opens the synergy.
    const middle = await onScreen((47.322 + 47.358) / 2, (5.0415 + 5.042) / 2);
    await page.mouse.click(middle.x, middle.y);
    await page.waitForURL(/#\/synergies\/.+/);
    await page.locator('main').getByRole('link', { name: 'Imprimerie Bertin' }).first().click();
    // From a company's page, « Carte » shows it with its partners only.
    await page.locator('main').getByRole('link', { name: 'Carte', exact: true }).click();
    await page.getByText('Centrée sur Imprimerie Bertin et ses partenaires.').waitFor();
    await page.getByRole('heading', { name: 'Entreprises (2)' }).waitFor();
    await until('synergies', 1, 1);
  });

  it('shows a company and its partner, then a follow-up’s companies and line, in their « Carte » tab', async () => {
    await page.goto(`${app.url}/#/entreprises`);
    await page.locator('main').getByRole('link', { name: 'Imprimerie Bertin' }).first().click();
    await page.getByRole('tab', { name: 'Carte' }).click();
    await until('synergies', 1, 1);
    // Bertin and Morel, 4 km apart: two points, or one group when the view is wide.
    await expect.poll(async () => (await drawn('companies')) + (await drawn('clusters'))).toBeGreaterThanOrEqual(1);
    await page.getByRole('tab', { name: 'Liste' }).click();
    await page.locator('.syn-card').filter({ hasText: 'Cartonnages Morel' }).waitFor();

    await page.goto(`${app.url}/#/suivi`);
    await page.locator('.fu-card').filter({ hasText: 'Cartonnages Morel' }).getByRole('button', { name: 'Retenir' }).click();
    await page.getByText('Synergie retenue').waitFor();
    await page.goto(`${app.url}/#/suivi/pipeline`);
    await page.locator('.fu-card').filter({ hasText: 'Cartonnages Morel' }).click();
    await page.waitForURL(/#\/suivi\/[^/]+$/);
    await page.getByRole('tab', { name: 'Carte' }).click();
    await until('synergies', 1, 1);
    await shot('suivi');
  });

  it('prepares the area offline, then reloads with the network off and still draws the basemap', async () => {
    await page.goto(`${app.url}/#/carte`);
    await page.getByText('Préparer la carte hors ligne').click();
    await page.getByRole('button', { name: 'Calculer la taille' }).click();
    const size = page.getByText(/\d+ tuiles, [\d,]+ Mo/);
    await size.waitFor();
    await page.getByRole('button', { name: 'Télécharger' }).click();
    await page.getByText(/Zone prête hors ligne/).waitFor({ timeout: 30_000 });

    await context.setOffline(true);
    try {
      await page.reload();
      await page.goto(`${app.url}/#/carte`);
      await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-synergies') === '1', null, {
        timeout: 30_000,
      });
      await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-basemap') === 'drawn', null, {
        timeout: 15_000,
      });
      await shot('hors-ligne');
    } finally {
      await context.setOffline(false);
    }
  });

  it('shows the workshop projector’s map: participants by name and their synergy', async () => {
    await page.goto(`${app.url}/#/ateliers`);
    await page.getByRole('button', { name: '+ Préparer un atelier' }).click();
    await page.getByLabel('Titre').fill('Atelier carte');
    await page.getByLabel('Territoire').selectOption({ label: 'Dijon métropole' });
    await page.getByRole('button', { name: 'Créer l’atelier' }).click();
    await page.waitForURL(/#\/ateliers\/[^/]+$/);
    for (const name of ['Cartonnages Morel', 'Imprimerie Bertin']) {
      await page.getByRole('button', { name: '+ Entreprise' }).click();
      await page.getByLabel('Raison sociale').fill(name);
      await page.getByLabel('Raison sociale').press('Enter');
      await page.getByRole('link', { name }).waitFor();
    }
    await page.goto(`${page.url()}/projecteur`);
    await page.getByRole('button', { name: 'Carte' }).click();
    await until('synergies', 1, 1);
    await page.locator('.map-name', { hasText: 'Imprimerie Bertin' }).waitFor();
    // The projector's map has the same basemap, place names included.
    await expect.poll(() => canvas().getAttribute('data-names'), { timeout: 10_000 }).toContain('Dijon');
    expect(await page.locator('.map-name').count()).toBe(2);
    await shot('projecteur');
    await page.getByRole('button', { name: 'Carte' }).click();
    await page.locator('.map-canvas').waitFor({ state: 'detached' });
  });

  it('places a company by a tap on the map in its form', async () => {
    await page.goto(`${app.url}/#/entreprises/nouvelle`);
    await page.getByLabel('Territoire (EPCI) *').selectOption({ label: 'Dijon métropole' });
    await page.getByRole('button', { name: 'Placer sur la carte' }).click();
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-basemap') === 'drawn', null, {
      timeout: 30_000,
    });
    await until('companies', 0);
    const spot = await onScreen(47.33, 5.03);
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => page.getByLabel('Latitude').inputValue()).toMatch(/^47,3[23]\d*/);
    expect(await page.getByLabel('Longitude').inputValue()).toMatch(/^5,0[23]\d*/);
  });

  it('without WebGL, says so and points to the lists, on the page and in a company’s tab', async () => {
    // Last of the file: every page of this context loses WebGL from here on.
    await context.addInitScript({
      content: `{
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
          return /webgl/.test(kind) ? null : getContext.call(this, kind, ...rest);
        };
      }`,
    });
    await page.reload();
    await page.goto(`${app.url}/#/carte`);
    await page.getByText('WebGL indisponible').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Entreprises (3)' }).waitFor();
    await page.goto(`${app.url}/#/entreprises`);
    await page.locator('main').getByRole('link', { name: 'Imprimerie Bertin' }).first().click();
    await page.getByRole('tab', { name: 'Carte' }).click();
    await page.getByText('WebGL indisponible) : l’onglet « Liste » donne ses synergies.').waitFor({ timeout: 30_000 });
  });
});
