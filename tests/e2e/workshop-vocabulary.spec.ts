// At a workshop table the animator types what people say. A graded waste (« chutes inox ») meets the
// stainless works that asked for it and never the cast-iron foundry (whose grade is tapped on its card); a free card sought
// (« fibres de verre pour composites ») meets, on its label, the official waste label offered
// (« fibre de verre », with its code); words nothing names offered as waste (« capsules de café »)
// are recorded as typed, flagged « code déchet à préciser », and kept away from a need that does not
// accept hazardous waste.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { signedInDevice } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';
import type { RunningApp } from './helpers/app-server';

const PASSWORD = 'mot-de-passe-e2e';
const COMPANIES = [
  'Découpe Laser Morvan',
  'Aciérie du Val',
  'Fonderie Perrin',
  'Isolation Martin',
  'Composites Roy',
  'Torréfaction Dumas',
  'Jardins du Lac',
];
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([
    { email: 'anim@cci.test', name: 'Anim', role: 'animator', territoryIds: ['dijon-metropole'], password: PASSWORD },
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function capture(page: Page, company: string, direction: 'Je propose' | 'Je recherche', typed: string, shown: RegExp) {
  await page.getByRole('radio', { name: company }).click();
  await page.getByRole('button', { name: direction }).click();
  const input = page.getByLabel('Ressource (un mot puis Entrée)');
  await input.fill(typed);
  await input.press('Enter');
  await page.getByRole('list', { name: 'Déjà noté' }).getByText(shown).first().waitFor();
}

describe('words typed at a workshop table', () => {
  it('records a graded waste, an official label and a free card, and the projector shows only the right synergies', async () => {
    const { page } = await signedInDevice(browser, app.url, 'anim@cci.test', PASSWORD, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.url}/#/ateliers`);
    await page.getByRole('button', { name: '+ Préparer un atelier' }).click();
    await page.getByLabel('Titre').fill('Atelier du bassin');
    await page.getByLabel('Territoire').selectOption({ label: 'Dijon métropole' });
    await page.getByRole('button', { name: 'Créer l’atelier' }).click();
    await page.waitForURL(/#\/ateliers\/[^/]+$/);
    const workshopUrl = page.url();
    for (const name of COMPANIES) {
      await page.getByRole('button', { name: '+ Entreprise' }).click();
      await page.getByLabel('Raison sociale').fill(name);
      await page.getByLabel('Zone d’activités (facultatif)').fill('Cap Nord');
      await page.getByRole('button', { name: /^Créer « / }).click();
      await page.getByRole('link', { name }).waitFor();
    }
    await page.getByRole('button', { name: 'Démarrer l’atelier' }).click();
    await page.goto(`${workshopUrl}/saisie`);

    // A graded waste: the words beyond the entry's name say the grade.
    await capture(page, 'Découpe Laser Morvan', 'Je propose', 'chutes inox', /Ferraille et métaux ferreux/);
    await capture(page, 'Aciérie du Val', 'Je recherche', 'ferraille inox', /Ferraille et métaux ferreux/);
    // The grade said with a tap on the card just recorded: « J'accepte… Fonte ».
    await capture(page, 'Fonderie Perrin', 'Je recherche', 'ferraille', /Ferraille et métaux ferreux/);
    await page.getByRole('group', { name: 'J’accepte…' }).getByRole('button', { name: 'Fonte' }).click();
    await page.getByText('Accepté pour « Ferraille et métaux ferreux » : Fonte.').waitFor();
    // An official LER label, with its code (a known hazard), and a free card sought that says the same thing.
    await capture(page, 'Isolation Martin', 'Je propose', 'fibre de verre', /Déchets de matériaux à base de fibre de verre/);
    await capture(page, 'Composites Roy', 'Je recherche', 'fibres de verre pour composites', /fibres de verre pour composites/);
    // Words nothing names: an « Autre » card of unknown hazard.
    await capture(page, 'Torréfaction Dumas', 'Je propose', 'capsules de café', /capsules de café/);
    await page.getByRole('list', { name: 'Déjà noté' }).getByText('code déchet à préciser').waitFor();
    await capture(page, 'Jardins du Lac', 'Je recherche', 'capsules de café', /capsules de café/);

    await page.goto(`${workshopUrl}/projecteur`);
    await page.waitForFunction(() => document.querySelector('[data-testid="count-synergies"]')?.textContent === '2', undefined, {
      timeout: 30_000,
    });
    await page.getByText(/Découpe Laser Morvan → Aciérie du Val : ferraille/).waitFor();
    await page.getByText(/Isolation Martin → Composites Roy : déchets de matériaux à base de fibre de verre/).waitFor();
    const wall = await page.textContent('body');
    // Stainless never goes to the cast-iron foundry; a waste of unknown hazard to no one here.
    expect(wall).not.toMatch(/Découpe Laser Morvan → Fonderie Perrin/);
    expect(wall).not.toMatch(/Torréfaction Dumas →/);
  });
});
