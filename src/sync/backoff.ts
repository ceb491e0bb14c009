// Retry delays after failed sync cycles: exponential, capped, with jitter so that many devices
// coming back online together do not hit the server in the same second.
export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;
/**
 * Ceiling for reopening the live channel: after the server comes back, every device is told within
 * a few seconds whatever the outage lasted (a refused connection to a server that is down costs
 * it nothing; a room of 40 tablets makes ~10 attempts a second at most).
 */
export const RECONNECT_MAX_DELAY_MS = 4_000;

/**
 * Delay before retry number `attempt` (0 = first retry), with "equal jitter": half the exponential
 * step is fixed, half is random, so delays keep growing yet never line up across devices.
 * `random` is a number in [0, 1) (Math.random in the app, fixed values in tests).
 */
export function nextDelay(attempt: number, random: number, max = MAX_DELAY_MS): number {
  const step = Math.min(max, BASE_DELAY_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(step / 2 + (step / 2) * r);
}
