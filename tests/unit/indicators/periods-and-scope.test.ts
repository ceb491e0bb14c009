// The period set beside a report, and the territories a device may report on.
import { describe, expect, it } from 'vitest';
import { monthFinder, monthOfMs, previousRange, wholeYearOf } from '../../../src/domain/indicators';
import { DEFAULT_TERRITORIES } from '../../../src/domain';
import { heldTerritories } from '../../../src/ui/indicators/device-data';
import { C, COMPANIES, D, G, WORKSHOPS } from '../../fixtures/indicators';

describe('the previous period', () => {
  it('is the previous year, the previous quarter, or as many days just before', () => {
    expect(previousRange({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousRange({ from: '2025-01-01', to: '2025-03-31' })).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(previousRange({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousRange({ from: '2025-03-11', to: '2025-03-20' })).toEqual({ from: '2025-03-01', to: '2025-03-10' });
    expect(wholeYearOf({ from: '2025-01-01', to: '2025-12-31' })).toBe(2025);
    expect(wholeYearOf({ from: '2025-01-01', to: '2025-03-31' })).toBeUndefined();
  });
});

describe('the month of a timestamp within a period', () => {
  it('gives the UTC month monthOfMs gives, on each edge of every month and outside the period', () => {
    const range = { from: '2024-11-15', to: '2025-03-10' };
    const monthOf = monthFinder(range);
    const edges = [
      Date.UTC(2024, 10, 15),
      Date.UTC(2024, 11, 1) - 1,
      Date.UTC(2024, 11, 1),
      Date.UTC(2025, 0, 1) - 1,
      Date.UTC(2025, 0, 1),
    ];
    const inside = Array.from({ length: 200 }, (_, i) => Date.UTC(2024, 10, 15) + i * 9_876_543);
    const outside = [Date.UTC(2024, 10, 15) - 1, Date.UTC(2025, 2, 11), Date.UTC(2026, 5, 1)];
    for (const ms of [...edges, ...inside, ...outside]) expect(monthOf(ms)).toBe(monthOfMs(ms));
    expect(monthOf(Date.UTC(2025, 1, 28, 23, 59))).toBe('2025-02');
  });
});

describe('the territories a device reports', () => {
  const known = DEFAULT_TERRITORIES.map((t) => t.id);
  // Those of its live companies and workshops (device-data.ts finds them through the indexes).
  const withRecords = new Set([...COMPANIES.filter((c) => !c.deleted), ...WORKSHOPS.filter((w) => !w.deleted)].map((r) => r.territoryId));

  it('are those of its companies and workshops without an account, never a territory known by name only', () => {
    expect(heldTerritories(known, withRecords).sort()).toEqual([C, D, G].sort());
  });

  it('are a territory account’s own territories (sync brings all their records); an admin’s, those it holds', () => {
    expect(heldTerritories(known, withRecords, { role: 'referent', territoryIds: [D] })).toEqual([D]);
    expect(heldTerritories(known, withRecords, { role: 'admin', territoryIds: known }).sort()).toEqual([C, D, G].sort());
  });
});
