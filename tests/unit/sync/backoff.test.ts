import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, MAX_DELAY_MS, nextDelay, RECONNECT_MAX_DELAY_MS } from '../../../src/sync/backoff';

describe('retry delays', () => {
  it('start around two seconds and double with each failure', () => {
    expect(nextDelay(0, 1)).toBe(BASE_DELAY_MS);
    expect(nextDelay(1, 1)).toBe(BASE_DELAY_MS * 2);
    expect(nextDelay(3, 1)).toBe(BASE_DELAY_MS * 8);
  });

  it('never exceed five minutes however many failures', () => {
    for (const attempt of [10, 20, 100, 10_000]) {
      expect(nextDelay(attempt, 0.999)).toBeLessThanOrEqual(MAX_DELAY_MS);
      expect(nextDelay(attempt, 0)).toBeGreaterThanOrEqual(MAX_DELAY_MS / 2);
    }
  });

  it('spread devices between half and the full step (jitter)', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const low = nextDelay(attempt, 0);
      const high = nextDelay(attempt, 0.999999);
      expect(high).toBeGreaterThan(low);
      expect(low).toBe(Math.round(high / 2));
      expect(nextDelay(attempt, 0.5)).toBeGreaterThan(low);
      expect(nextDelay(attempt, 0.5)).toBeLessThan(high);
    }
  });

  it('tolerates odd inputs', () => {
    expect(nextDelay(-3, 0)).toBe(BASE_DELAY_MS / 2);
    expect(nextDelay(2, 7)).toBe(BASE_DELAY_MS * 4);
  });

  it('keeps the live channel’s reconnection within seconds, however long the outage', () => {
    for (const attempt of [0, 3, 50, 10_000]) {
      expect(nextDelay(attempt, 0.999999, RECONNECT_MAX_DELAY_MS)).toBeLessThanOrEqual(RECONNECT_MAX_DELAY_MS);
    }
    expect(nextDelay(50, 0.999999, RECONNECT_MAX_DELAY_MS)).toBeGreaterThan(RECONNECT_MAX_DELAY_MS * 0.99);
  });
});
