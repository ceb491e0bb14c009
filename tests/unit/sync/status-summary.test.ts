// The header never says « À jour » for a device that has not checked lately or is offline.
import { describe, expect, it } from 'vitest';
import { FRESH_SYNC_MS, syncedSummary } from '../../../src/sync/status';

describe('sync summary', () => {
  const now = 1_700_000_000_000;
  it('says « À jour » right after a sync, online', () => {
    expect(syncedSummary(now - 10_000, now, true)).toBe('À jour · à l’instant');
  });
  it('says when it last synced once that is older than two periodic pulls', () => {
    expect(syncedSummary(now - FRESH_SYNC_MS - 60_000, now, true)).toBe('Dernière synchro il y a 3 min');
  });
  it('never says « À jour » offline', () => {
    expect(syncedSummary(now - 5_000, now, false)).toBe('Dernière synchro à l’instant');
  });
});
