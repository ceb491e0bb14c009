// The server serves HTTPS itself when given a certificate and its key, and says plainly what is
// wrong with the settings otherwise.
import { spawnSync } from 'node:child_process';
import { rmSync, mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/domain/api';
import { makeTestCertificate, type TestCertificate } from '../fixtures/tls-cert';
import { startServer, type ServerProcess } from './helpers/server-process';

let cert: TestCertificate;
let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  cert = makeTestCertificate();
  dataDir = mkdtempSync(join(tmpdir(), 'st-https-'));
  server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', TLS_CERT_FILE: cert.certFile, TLS_KEY_FILE: cert.keyFile });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(cert.dir, { recursive: true, force: true });
});

function get(path: string, ca?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, servername: 'localhost', ca, rejectUnauthorized: true }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('answers over HTTPS with the given certificate and prints an https address', async () => {
  expect(server.output()).toMatch(/Synergies Terrain : https:\/\/localhost:\d+/);
  const health = await get(API_ROUTES.health, cert.cert);
  expect(health.status).toBe(200);
});

it('is refused by a client that does not trust the certificate', async () => {
  await expect(get(API_ROUTES.health)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
});

it('refuses to start with a certificate and no key, or a file that is not PEM, in one sentence', () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, DATA_DIR: dataDir + '-x', DATABASE_URL: '', PORT: '0', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const noKey = start({ TLS_CERT_FILE: cert.certFile });
  expect(noKey.status).toBe(1);
  expect(noKey.stderr).toMatch(/HTTPS : donnez à la fois TLS_CERT_FILE .* et TLS_KEY_FILE/);
  const swapped = start({ TLS_CERT_FILE: cert.keyFile, TLS_KEY_FILE: cert.keyFile });
  expect(swapped.status).toBe(1);
  expect(swapped.stderr).toMatch(/TLS_CERT_FILE .* n’est pas au format PEM attendu \(CERTIFICATE\)/);
});
