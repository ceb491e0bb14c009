// Password guessing is limited even when the guesses arrive all at once, and a stranger cannot
// lock an account out for its owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle, LOCKOUT_MS, MAX_ADDRESS_FAILURES, MAX_FAILURES } from '../../src/server/auth/login-throttle';
import { startApiApp, type ApiApp, PASSWORD } from './helpers/api-app';

let api: ApiApp;
beforeAll(async () => {
  api = await startApiApp();
  await api.addUser('admin@cci.fr', ['dijon-metropole'], 'admin');
  await api.addUser('lea@cci.fr', ['dijon-metropole']);
});
afterAll(() => api.dispose());

const statuses = (responses: Response[]) => responses.map((r) => r.status);
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

describe('login throttle over HTTP', () => {
  it('evaluates at most 5 of 40 simultaneous wrong passwords; the others get 429 with Retry-After', async () => {
    const burst = await Promise.all(Array.from({ length: 40 }, () => api.login('admin@cci.fr', 'mauvais', '203.0.113.7')));
    const got = statuses(burst);
    expect(count(got, 401)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(count(got, 429)).toBeGreaterThanOrEqual(40 - MAX_FAILURES);
    expect(count(got, 401) + count(got, 429)).toBe(40);
    expect(burst.find((r) => r.status === 429)?.headers.get('retry-after')).toMatch(/^\d+$/);
    // The right password from that address now waits too.
    expect((await api.login('admin@cci.fr', PASSWORD, '203.0.113.7')).status).toBe(429);
  });

  it('still lets the owner sign in from another address', async () => {
    expect((await api.login('admin@cci.fr', PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('does not let a right guess hidden among 30 simultaneous ones through once the limit is reached', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 29 ? PASSWORD : `essai-${i}`));
    const got = statuses(await Promise.all(guesses.map((p) => api.login('lea@cci.fr', p, '203.0.113.50'))));
    // At most five are evaluated, whichever reach the server first (on PostgreSQL, through a pool);
    // the right one may be among them (then it signs in, which clears the pair's count). Otherwise
    // the limit is met and the right password waits too.
    expect(count(got, 401) + count(got, 200)).toBeLessThanOrEqual(MAX_FAILURES);
    expect(count(got, 429)).toBeGreaterThanOrEqual(30 - MAX_FAILURES);
    if (count(got, 200) === 0) expect((await api.login('lea@cci.fr', PASSWORD, '203.0.113.50')).status).toBe(429);
  });

  it('limits one address trying many accounts', async () => {
    const emails = Array.from({ length: MAX_ADDRESS_FAILURES + 10 }, (_, i) => `inconnu-${i}@cci.fr`);
    const got = statuses(await Promise.all(emails.map((e) => api.login(e, 'mauvais', '192.0.2.99'))));
    expect(count(got, 401)).toBe(MAX_ADDRESS_FAILURES);
    expect(count(got, 429)).toBe(10);
  });
});

describe('an IPv6 host', () => {
  it('counts its whole /64 as one address: new addresses of its own do not buy new guesses', async () => {
    const inNet = (i: number) => `2001:db8:5:6::${(i + 1).toString(16)}`;
    const emails = Array.from({ length: MAX_ADDRESS_FAILURES + 10 }, (_, i) => `v6-${i}@cci.fr`);
    const got = statuses(await Promise.all(emails.map((e, i) => api.login(e, 'mauvais', inNet(i)))));
    expect(count(got, 401)).toBe(MAX_ADDRESS_FAILURES);
    expect(count(got, 429)).toBe(10);
    // Another /64 is another host.
    expect((await api.login('v6-other@cci.fr', 'mauvais', '2001:db8:5:7::1')).status).toBe(401);
  });
});

describe('an office behind one address', () => {
  it('keeps colleagues who signed in before able to sign in while a flood hits other accounts', async () => {
    const office = '192.0.2.150';
    expect((await api.login('lea@cci.fr', PASSWORD, office)).status).toBe(200);
    const emails = Array.from({ length: MAX_ADDRESS_FAILURES + 5 }, (_, i) => `robot-${i}@cci.fr`);
    const flood = statuses(await Promise.all(emails.map((e) => api.login(e, 'mauvais', office))));
    expect(count(flood, 429)).toBe(5);
    // Léa's account is not the one attacked: the ceiling of the address does not apply to her.
    expect((await api.login('lea@cci.fr', PASSWORD, office)).status).toBe(200);
    // A stranger's first try from that address waits.
    expect((await api.login('admin@cci.fr', PASSWORD, office)).status).toBe(429);
  });

  it('a flood on one account from the office locks that account from there only', async () => {
    const office = '192.0.2.160';
    expect((await api.login('admin@cci.fr', PASSWORD, office)).status).toBe(200);
    const flood = statuses(await Promise.all(Array.from({ length: 30 }, () => api.login('lea@cci.fr', 'mauvais', office))));
    expect(count(flood, 429)).toBe(30 - MAX_FAILURES);
    expect((await api.login('admin@cci.fr', PASSWORD, office)).status).toBe(200);
  });
});

describe('LoginThrottle', () => {
  it('forgets failures after the lockout, and a success gives its reserved attempt back', async () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(api.store.sql, () => now);
    for (let i = 0; i < MAX_FAILURES; i++) expect(await throttle.reserve('a@b.fr', '1.1.1.1')).toBe(0);
    expect(await throttle.reserve('A@b.fr', '1.1.1.1')).toBe(LOCKOUT_MS);
    expect(await throttle.reserve('a@b.fr', '2.2.2.2')).toBe(0);
    now += LOCKOUT_MS;
    expect(await throttle.reserve('a@b.fr', '1.1.1.1')).toBe(0);
    // Successful sign-ins from an office's shared address never add up to a lockout.
    for (let i = 0; i < MAX_ADDRESS_FAILURES * 2; i++) {
      expect(await throttle.reserve(`p${i}@b.fr`, '3.3.3.3')).toBe(0);
      await throttle.succeed(`p${i}@b.fr`, '3.3.3.3');
    }
  });

  it('is shared by every server process on the database, and survives a restart', async () => {
    const first = new LoginThrottle(api.store.sql);
    const second = new LoginThrottle(api.store.sql);
    for (let i = 0; i < 3; i++) expect(await first.reserve('x@b.fr', '4.4.4.4')).toBe(0);
    for (let i = 0; i < MAX_FAILURES - 3; i++) expect(await second.reserve('x@b.fr', '4.4.4.4')).toBe(0);
    expect(await first.reserve('x@b.fr', '4.4.4.4')).toBeGreaterThan(0);
    expect(await new LoginThrottle(api.store.sql).reserve('x@b.fr', '4.4.4.4')).toBeGreaterThan(0);
  });
});
