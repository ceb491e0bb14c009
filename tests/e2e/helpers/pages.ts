// Steps a person takes in the app, shared by the browser tests.
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

/** Opens the app and waits until the service worker controls it, so it works offline after. */
export async function openInstalledApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  // Errors in the app end up in the test log, where a failure is read.
  page.on('pageerror', (error) => console.error(`[navigateur] ${error.message}`));
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
  return page;
}

export interface NewCompany {
  name: string;
  territory: string;
  lat?: string;
  lon?: string;
}

/** Fills the new company form and lands on its visit questionnaire; returns the company id. */
export async function createCompany(page: Page, company: NewCompany): Promise<string> {
  await page.getByRole('link', { name: '+ Nouvelle entreprise' }).click();
  await page.getByLabel('Raison sociale *').fill(company.name);
  await page.getByLabel('Territoire (EPCI) *').selectOption({ label: company.territory });
  if (company.lat) await page.getByLabel('Latitude').fill(company.lat);
  if (company.lon) await page.getByLabel('Longitude').fill(company.lon);
  await page.getByRole('button', { name: 'Créer et démarrer la visite' }).click();
  await page.waitForURL(/\/visite$/);
  const id = /entreprises\/([^/]+)\/visite/.exec(page.url())?.[1];
  if (!id) throw new Error(`URL inattendue : ${page.url()}`);
  return id;
}

/** Switches a flux on from a questionnaire section and waits until it shows as recorded. */
export async function toggleFlux(page: Page, section: string, buttonName: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections du questionnaire' })
    .getByRole('link', { name: new RegExp(`^${section}`) })
    .click();
  const button = page.getByRole('button', { name: buttonName, exact: true });
  await button.click();
  await page.waitForFunction(
    (name) => document.querySelector(`button[aria-label="${name}"]`)?.getAttribute('aria-pressed') === 'true',
    buttonName,
  );
}

export async function summaryCount(page: Page, companyId: string): Promise<string> {
  await page.goto(`${new URL(page.url()).origin}/#/entreprises/${companyId}/visite/resume`);
  const counts = page.getByTestId('summary-counts');
  try {
    await counts.waitFor();
  } catch (error) {
    // Say what the page showed instead, so a failure can be understood from the log.
    throw new Error(`Résumé absent ; la page affiche : ${(await page.textContent('body'))?.slice(0, 500)}`, { cause: error });
  }
  return (await counts.textContent()) ?? '';
}

/** Signs in from the « Connexion » page and waits to be sent back into the app. */
export async function signIn(page: Page, appUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${appUrl}/#/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.hash.includes('connexion'));
}

/** A device of its own (a browser context), the app installed and `email` signed in. */
export async function signedInDevice(
  browser: Browser,
  appUrl: string,
  email: string,
  password: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await openInstalledApp(context, appUrl);
  await signIn(page, appUrl, email, password);
  return { context, page };
}

const emulation = new WeakMap<Page, CDPSession>();

const shows = (page: Page, offline: boolean, timeout: number) =>
  page
    .waitForFunction(
      (label) => document.querySelector('[data-testid="network-status"]')?.textContent === label,
      offline ? 'Hors ligne' : 'En ligne',
      {
        timeout,
      },
    )
    .then(
      () => true,
      () => false,
    );

async function emulate(page: Page, offline: boolean): Promise<void> {
  let cdp = emulation.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    // Kept attached: detaching the session drops its emulation and the page says online again.
    emulation.set(page, cdp);
  }
  const send = (off: boolean) =>
    cdp.send('Network.emulateNetworkConditions', { offline: off, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await send(offline);
  // The `offline`/`online` event reaches the page, then the header redraws, a moment later.
  if (await shows(page, offline, 3_000)) return;
  // The same state sent again to a reloaded page may change nothing: flip it, so the page is told.
  await send(!offline);
  await send(offline);
  if (!(await shows(page, offline, 15_000))) throw new Error(`Le bandeau n’affiche pas « ${offline ? 'Hors ligne' : 'En ligne'} »`);
}

/**
 * Chromium 156 driven by playwright-core 1.65 keeps the network blocked after a navigation while
 * the new document reads `navigator.onLine === true`. Sending the emulation again to the page
 * makes the browser say offline (and fire `offline`), as a real device with no network would.
 */
export const sayOffline = (page: Page) => emulate(page, true);

/** Undoes sayOffline once the context is back online (`context.setOffline(false)` first). */
export const sayOnline = (page: Page) => emulate(page, false);

/**
 * Presses « Synchroniser » and waits for that cycle to end up to date. The header may already say
 * « À jour » from an earlier cycle, so it waits for the time of the last sync to move on first.
 */
export async function syncAndWait(page: Page): Promise<void> {
  const widget = page.getByTestId('sync-status');
  const button = widget.getByRole('button', { name: 'Synchroniser' });
  // A cycle already running (started by the live channel) may have missed what this one is for.
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="sync-status"] .sync-now')?.disabled, null, {
    timeout: 30_000,
  });
  const before = Number((await widget.getAttribute('data-synced-at')) ?? 0);
  await button.click();
  await page.waitForFunction(
    (since) => Number(document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-synced-at') ?? 0) > since,
    before,
    { timeout: 30_000 },
  );
  await widget.getByText(/À jour/).waitFor({ timeout: 30_000 });
}

/** Follows a link of the main navigation, opening « Plus » first where the link is behind it. */
export async function openFromNav(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const link = nav.getByRole('link', { name: label, exact: true });
  if (!(await link.isVisible())) await nav.getByRole('button', { name: 'Plus' }).click();
  await link.click();
}
