// The real server delivering the built app: precompressed brotli/gzip copies chosen by
// Accept-Encoding, robots.txt, and JSON (not the app shell) for unknown API paths.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress';
import { startServer, type ServerProcess } from './helpers/server-process';
import { serverEnv } from './helpers/server-env';

const SCRIPT = `export const rules = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, label: `règle ${i}` })))};\n`;
let server: ServerProcess;
let env: Awaited<ReturnType<typeof serverEnv>>;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'st-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><title>Synergies</title><script type="module" src="/assets/app-abc.js"></script>${' '.repeat(2000)}`,
  );
  writeFileSync(join(dist, 'assets', 'app-abc.js'), SCRIPT);
  copyFileSync('public/robots.txt', join(dist, 'robots.txt'));
  expect(precompressDir(dist)).toBe(2);
  env = await serverEnv();
  server = await startServer({ ...env.env, DIST_DIR: dist });
});
afterAll(async () => {
  await server?.stop();
  await env?.dispose();
  rmSync(dist, { recursive: true, force: true });
});

interface Raw {
  res: IncomingMessage;
  body: Buffer;
}
function fetchRaw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed delivery', () => {
  it('sends the brotli copy to a browser that takes it, with the script’s own type and Vary', async () => {
    const { res, body } = await fetchRaw('/assets/app-abc.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gz = await fetchRaw('/assets/app-abc.js', { 'accept-encoding': 'gzip' });
    expect(gz.res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await fetchRaw('/assets/app-abc.js');
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('compresses the app shell too, for deep links as well', async () => {
    const { res, body } = await fetchRaw('/entreprises/42', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(brotliDecompressSync(body).toString()).toMatch(/<title>Synergies/);
  });
});

describe('what is not the app', () => {
  it('answers /robots.txt with the file, asking robots to stay away', async () => {
    const { res, body } = await fetchRaw('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(body.toString()).toMatch(/User-agent: \*\s+Disallow: \//);
  });

  it('answers unknown API paths with a JSON 404, and a missing file with a 404', async () => {
    for (const [path, method] of [
      ['/api/v1/inconnue', 'GET'],
      ['/api/v2/sync/pull', 'GET'],
      ['/api', 'GET'],
      ['/api/v1/inconnue', 'POST'],
    ] as const) {
      const { res, body } = await fetchRaw(path, {}, method);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(JSON.parse(body.toString())).toHaveProperty('error');
    }
    const missing = await fetchRaw('/assets/app-old.js');
    expect(missing.res.statusCode).toBe(404);
    expect(missing.body.toString()).not.toMatch(/<title>/);
  });

  it('refuses a Host name it does not know (DNS rebinding) and answers its own address', async () => {
    expect((await fetchRaw('/api/v1/health', { host: 'attaquant.example' })).res.statusCode).toBe(421);
    expect((await fetchRaw('/api/v1/health', { host: `localhost:${server.port}` })).res.statusCode).toBe(200);
  });
});
