// A chamber's deployment: the app under a host name other than localhost, over HTTPS served by the
// server itself or by Caddy in front of it. The service worker installs and the app reloads with the
// network off; over plain HTTP the app says what that costs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCertificate, TEST_HOST, type TestCertificate } from '../fixtures/tls-cert';
import { freePort } from '../server/helpers/server-process';
import { startApp, type RunningApp } from './helpers/app-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/browser';
import { openInstalledApp } from './helpers/pages';

let cert: TestCertificate;
let browser: Browser;

beforeAll(async () => {
  cert = makeTestCertificate();
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${TEST_HOST} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${cert.spki}`],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(cert.dir, { recursive: true, force: true });
});

/** Installs the app from `url`, then reloads it with the network off. */
async function installThenReloadOffline(url: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await openInstalledApp(context, url);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await page.locator('.insecure-notice').count()).toBe(0);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Entreprises' }).waitFor();
    expect(new URL(page.url()).host).toBe(new URL(url).host);
  } finally {
    await context.close();
  }
}

describe('HTTPS served by the server itself', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ TLS_CERT_FILE: cert.certFile, TLS_KEY_FILE: cert.keyFile, ALLOWED_HOSTS: TEST_HOST });
  });
  afterAll(() => app?.stop());

  it('installs the service worker and reloads offline under a host name', async () => {
    const port = new URL(app.url).port;
    await installThenReloadOffline(`https://${TEST_HOST}:${port}`);
  });

  it('says plainly, over plain HTTP on the network, that offline use and installation are lost', async () => {
    const plain = await startApp({ ALLOWED_HOSTS: TEST_HOST });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://${TEST_HOST}:${new URL(plain.url).port}`);
      const notice = page.getByRole('alert').filter({ hasText: 'Connexion non sécurisée' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('le navigateur refuse le mode hors ligne');
    } finally {
      await context.close();
      await plain.stop();
    }
  });
});

describe('HTTPS through Caddy', () => {
  let app: RunningApp;
  let caddy: ChildProcess;
  let caddyDir: string;
  let caddyLog = '';
  let httpsPort: number;

  beforeAll(async () => {
    app = await startApp({ ALLOWED_HOSTS: TEST_HOST, TRUSTED_PROXIES: '127.0.0.1' });
    httpsPort = await freePort();
    const httpPort = await freePort();
    caddyDir = mkdtempSync(join(tmpdir(), 'st-caddy-'));
    // The README's recipe, with the test's own certificate instead of `tls internal` or ACME.
    writeFileSync(
      join(caddyDir, 'Caddyfile'),
      `{
  admin off
  http_port ${httpPort}
  auto_https disable_redirects
}
https://${TEST_HOST}:${httpsPort} {
  tls ${cert.certFile} ${cert.keyFile}
  encode zstd gzip
  reverse_proxy 127.0.0.1:${new URL(app.url).port}
}
`,
    );
    caddy = spawn('caddy', ['run', '--config', join(caddyDir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env: { ...process.env, HOME: caddyDir, XDG_DATA_HOME: caddyDir, XDG_CONFIG_HOME: caddyDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    caddy.stdout!.on('data', (d: Buffer) => (caddyLog += d.toString()));
    caddy.stderr!.on('data', (d: Buffer) => (caddyLog += d.toString()));
    const spawned = new Promise<void>((resolve, reject) => {
      caddy.once('error', (e) => reject(new Error(`Caddy introuvable (apt-get install -y caddy) : ${e.message}`)));
      caddy.once('spawn', () => resolve());
    });
    await spawned;
    const deadline = Date.now() + 30_000;
    while (!/serving initial configuration|server running/.test(caddyLog)) {
      if (caddy.exitCode !== null) throw new Error(`Caddy s’est arrêté :\n${caddyLog}`);
      if (Date.now() > deadline) throw new Error(`Caddy ne démarre pas :\n${caddyLog}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    if (caddy && caddy.exitCode === null) {
      const exited = new Promise((r) => caddy.once('exit', r));
      caddy.kill('SIGTERM');
      await exited;
    }
    await app?.stop();
    if (caddyDir) rmSync(caddyDir, { recursive: true, force: true });
  });

  it('installs the service worker and reloads offline behind the reverse proxy', async () => {
    await installThenReloadOffline(`https://${TEST_HOST}:${httpsPort}`);
  });
});
