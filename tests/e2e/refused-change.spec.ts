// A company typed without an account, in a territory the advisor turns out not to cover: once she
// signs in, the server refuses it. The header says so (not « À jour »), the Synchronisation page
// names the company and the reason, and moving it to her territory sends it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/sync/transport';
import type { RunningApp } from './helpers/app-server';
import { launchChromium } from './helpers/browser';
import { createCompany, openInstalledApp, signIn } from './helpers/pages';
import { startAppWithUsers } from './helpers/server';

const PASSWORD = 'mot-de-passe-e2e';
const COMPANY = 'Scierie du Charolais';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startAppWithUsers([{ email: 'alice@cci.test', name: 'Alice Martin', territoryIds: ['dijon-metropole'], password: PASSWORD }]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function serverCompanies() {
  const transport = createTransport(app.url);
  const session = await transport.login({ email: 'alice@cci.test', password: PASSWORD });
  if (!session.ok) throw new Error(session.error.message);
  const pulled = await transport.pull(session.value.token, 0);
  if (!pulled.ok) throw new Error(pulled.error.message);
  return pulled.value.changes.filter((c) => c.table === 'companies').map((c) => c.record);
}

describe('a change the server refuses', () => {
  it('is shown by name with its reason, and sent once moved to an allowed territory', async () => {
    const context = await browser.newContext();
    const page = await openInstalledApp(context, app.url);
    await createCompany(page, { name: COMPANY, territory: 'CC Le Grand Charolais' });
    await signIn(page, app.url, 'alice@cci.test', PASSWORD);

    const badge = page.getByTestId('sync-rejected-badge');
    await badge.waitFor({ timeout: 30_000 });
    // The company, and the visit opened with it when the questionnaire appeared.
    expect(await badge.textContent()).toMatch(/^[12] modifications? refusées?$/);
    expect(await page.getByTestId('sync-status').textContent()).not.toContain('À jour');

    await badge.click();
    const item = page.getByTestId('sync-rejected').filter({ has: page.getByText(COMPANY, { exact: true }) });
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(COMPANY);
    expect(text).toContain('Territoire non autorisé');
    expect(text).not.toMatch(/nameKey|createdAt|\brev\b/);
    expect(await item.getByRole('button', { name: 'Réessayer' }).count()).toBe(0);

    await item.getByRole('button', { name: 'Déplacer et renvoyer' }).click();
    await page
      .getByTestId('sync-status')
      .getByText(/À jour/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('sync-rejected-badge').count()).toBe(0);
    expect(await serverCompanies()).toEqual([expect.objectContaining({ name: COMPANY, territoryId: 'dijon-metropole' })]);
    await context.close();
  });
});
