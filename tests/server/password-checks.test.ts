// Password checks at once: a flood of sign-ins waits in a bounded line, and past it is told « busy »
// at once rather than queued without end (each check costs ~50 ms of CPU).
import { expect, it } from 'vitest';
import { PasswordChecks } from '../../src/server/auth/password-checks';

it('runs a few checks at once, queues a bounded number, refuses the rest, and hands slots on', async () => {
  const checks = new PasswordChecks(2, 1);
  const first = await checks.acquire();
  const second = await checks.acquire();
  let thirdGot: (() => void) | undefined;
  const third = checks.acquire().then((release) => (thirdGot = release));
  expect(await checks.acquire()).toBeUndefined();
  await Promise.resolve();
  expect(thirdGot).toBeUndefined();

  first!();
  first!(); // released twice: counted once
  await third;
  expect(thirdGot).toBeTypeOf('function');
  // Two running again (second, third), none waiting: one more may wait, the next is refused.
  const fourth = checks.acquire();
  expect(await checks.acquire()).toBeUndefined();
  second!();
  expect(await fourth).toBeTypeOf('function');
});
