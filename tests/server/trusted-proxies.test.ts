// Behind a reverse proxy listed in TRUSTED_PROXIES, the login throttle counts each client by the
// address the proxy reports; from anyone else, a forwarded header changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ADDRESS_FAILURES } from '../../src/server/auth/login-throttle';
import { trustedProxies } from '../../src/server/http/client-address';
import { API_ROUTES } from '../../src/domain/api';
import { startApiApp, type ApiApp, PASSWORD } from './helpers/api-app';

const PROXY = '10.0.0.2';
let api: ApiApp;
beforeAll(async () => {
  api = await startApiApp({ trustedProxies: trustedProxies({ TRUSTED_PROXIES: ` ${PROXY}, ::1 ` }) });
  await api.addUser('lea@cci.fr', ['dijon-metropole']);
});
afterAll(() => api.dispose());

/** A sign-in reaching the server from `socket`, with the X-Forwarded-For header given. */
const login = (socket: string, forwarded: string | undefined, password: string, email = 'lea@cci.fr') =>
  api.request(API_ROUTES.login, {
    method: 'POST',
    json: { email, password },
    address: socket,
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  });

let round = 0;
/**
 * Wrong passwords for as many unknown accounts as one address may try, and one more, all at once:
 * how many were refused (429). The server takes them in whatever order they reach it (on
 * PostgreSQL, through a pool), so which one is refused is not known, only how many.
 */
const wrongMany = async (socket: string, forwarded: string | undefined) => {
  round++;
  const emails = Array.from({ length: MAX_ADDRESS_FAILURES + 1 }, (_, i) => `inconnu-${round}-${i}@cci.fr`);
  const got = (await Promise.all(emails.map((e) => login(socket, forwarded, 'mauvais', e)))).map((r) => r.status);
  expect(got.filter((s) => s === 401)).toHaveLength(got.filter((s) => s !== 429).length);
  return got.filter((s) => s === 429).length;
};

describe('client address behind a trusted proxy', () => {
  it('counts a client by the address the proxy forwards, so a stranger does not lock the office out', async () => {
    // A stranger guessing through the proxy is limited on their own address…
    expect(await wrongMany(PROXY, '203.0.113.9')).toBe(1);
    // …while Léa, through the same proxy (IPv4-mapped socket address), signs in.
    expect((await login(`::ffff:${PROXY}`, '198.51.100.4', PASSWORD)).status).toBe(200);
  });

  it('reads the chain from the right, skipping trusted hops, and ignores what an untrusted client wrote', async () => {
    // The client wrote a fake first entry; the proxy appended the real peer: the real one counts.
    expect(await wrongMany(PROXY, '192.0.2.1, 203.0.113.77')).toBe(1);
    expect((await login(PROXY, '192.0.2.1, 198.51.100.77', PASSWORD)).status).toBe(200);
    // Straight to the server, a forged header is ignored: the socket's address is the one counted.
    expect(await wrongMany('203.0.113.200', '198.51.100.1')).toBe(1);
    expect((await login('203.0.113.200', '198.51.100.2', PASSWORD)).status).toBe(429);
  });

  it('refuses a TRUSTED_PROXIES entry that is not an IP address, saying which', () => {
    expect(() => trustedProxies({ TRUSTED_PROXIES: '10.0.0.2,proxy.local' })).toThrow(
      'TRUSTED_PROXIES : adresse IP attendue (proxy.local)',
    );
    expect(trustedProxies({})).toEqual([]);
  });
});
