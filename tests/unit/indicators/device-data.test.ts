// The device reads one selection of the indicators through its indexes (the period's visits, flux,
// workshops and leads, the counted territories' companies): the figures are those of the whole
// base counted for the same selection, and records outside the period are not read.
import { liveQuery } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, SynergiesDB, useDatabase, withSearchKey } from '../../../src/db/database';
import { computeIndicators, implementedSynergies, quarterRange, type DateRange } from '../../../src/domain/indicators';
import { loadDeviceRecords } from '../../../src/ui/indicators/device-data';
import { C, COMPANIES, D, FLUX, FOLLOWUPS, G, VISITS, WORKSHOPS, YEAR_2025 } from '../../fixtures/indicators';

const OLD = Date.UTC(2023, 5, 1);
/** Records of 2023, which no 2025 selection should read. */
const OLD_FLUX = FLUX.slice(0, 3).map((f, i) => ({ ...f, id: `old-f${i}`, createdAt: OLD, updatedAt: OLD }));
const OLD_LEADS = FOLLOWUPS.slice(0, 2).map((l, i) => ({ ...l, id: `old-l${i}`, createdAt: OLD, updatedAt: OLD, history: [] }));
const OLD_VISITS = VISITS.slice(0, 2).map((v, i) => ({ ...v, id: `old-v${i}`, date: '2023-06-01' }));

/** The reference: every record of the base, counted for the selection. */
function wholeBase(range: DateRange, territoryIds: string[]) {
  const input = {
    range,
    territoryIds,
    programme: false,
    source: 'device' as const,
    accountsKnown: false,
    activity: [],
    companies: COMPANIES,
    visits: [...VISITS, ...OLD_VISITS],
    flux: [...FLUX, ...OLD_FLUX],
    workshops: WORKSHOPS,
    followups: [...FOLLOWUPS, ...OLD_LEADS],
  };
  return { report: computeIndicators(input), implemented: implementedSynergies(input.followups, range, territoryIds) };
}

async function readSelection(range: DateRange, territoryId?: string) {
  const records = await loadDeviceRecords({ range, territoryId });
  const territoryIds = territoryId ? records.held.filter((t) => t === territoryId) : records.held;
  const input = { ...records, territoryIds, programme: false, source: 'device' as const, accountsKnown: false, activity: [] };
  return { records, report: computeIndicators(input), implemented: implementedSynergies(records.followups, range, territoryIds) };
}

beforeAll(async () => {
  const database = new SynergiesDB(`indicators-read-${Date.now()}`);
  useDatabase(database);
  await database.open();
  await database.companies.bulkPut(COMPANIES.map(withSearchKey));
  await database.visits.bulkPut([...VISITS, ...OLD_VISITS]);
  await database.flux.bulkPut([...FLUX, ...OLD_FLUX]);
  await database.workshops.bulkPut(WORKSHOPS);
  await database.followups.bulkPut([...FOLLOWUPS, ...OLD_LEADS]);
});

describe('indicators read through the indexes', () => {
  it('counts the year exactly as the whole base does, for the territories the device holds', async () => {
    const { records, report, implemented } = await readSelection(YEAR_2025);
    expect(records.held.sort()).toEqual([C, D, G].sort());
    const whole = wholeBase(YEAR_2025, records.held);
    expect(report).toEqual(whole.report);
    expect(implemented).toEqual(whole.implemented);
    expect(records.unreadable).toBe(0);
  });

  it('counts one territory alone as the whole base does (a company counted wherever its workshop was held)', async () => {
    for (const t of [C, D]) {
      const { report, implemented } = await readSelection(YEAR_2025, t);
      const whole = wholeBase(YEAR_2025, [t]);
      expect(report).toEqual(whole.report);
      expect(implemented).toEqual(whole.implemented);
    }
  });

  it('counts a quarter as the whole base does', async () => {
    const q2 = quarterRange(2025, 2);
    const { records, report } = await readSelection(q2);
    expect(report).toEqual(wholeBase(q2, records.held).report);
  });

  it('reads only the period’s flux, visits and leads, and only the counted territories’ companies', async () => {
    const { records } = await readSelection(YEAR_2025, D);
    // Flux are read without their id (the figures never use it): 2023's are known by their date.
    expect(records.flux.some((f) => f.createdAt === OLD)).toBe(false);
    expect(records.followups.map((l) => l.id)).not.toContain('old-l0');
    expect(records.visits.every((v) => v.date >= '2025-01-01' && v.date <= '2025-12-31')).toBe(true);
    expect(records.flux.length).toBeLessThan(FLUX.length + OLD_FLUX.length);
    // Companies of other territories come in only as workshop participants (to leave out the deleted).
    const participants = new Set(WORKSHOPS.flatMap((w) => w.companyIds));
    expect(records.companies.every((c) => c.territoryId === D || participants.has(c.id))).toBe(true);
    expect(records.anything).toBe(true);
  });

  it('reads a 2023 selection without any 2025 record', async () => {
    const y2023 = { from: '2023-01-01', to: '2023-12-31' };
    const { records, report } = await readSelection(y2023);
    const counted = (f: { companyId: string; resourceCode: string; createdAt: number }) =>
      `${f.companyId} ${f.resourceCode} ${f.createdAt}`;
    expect(records.flux.map(counted).sort()).toEqual(OLD_FLUX.map(counted).sort());
    expect(report).toEqual(wholeBase(y2023, records.held).report);
  });

  it('is read again when a record of the period changes (the page follows the base live)', async () => {
    const counts: number[] = [];
    const subscription = liveQuery(() => loadDeviceRecords({ range: YEAR_2025 })).subscribe((r) => counts.push(r.flux.length));
    await expect.poll(() => counts.length).toBe(1);
    await db().flux.put({ ...FLUX[0]!, id: 'late-entry', createdAt: Date.UTC(2025, 10, 3) });
    await expect.poll(() => counts.at(-1)).toBe(counts[0]! + 1);
    subscription.unsubscribe();
    await db().flux.delete('late-entry');
  });

  it('counts a row whose unread metadata is broken, and leaves out one whose counted field is', async () => {
    const created = Date.UTC(2025, 10, 4);
    const before = await loadDeviceRecords({ range: YEAR_2025 });
    await db().flux.bulkPut([
      { ...FLUX[0]!, id: 'odd-meta', createdAt: created, updatedAt: -1, rev: -1 },
      { ...FLUX[0]!, id: 'odd-family', createdAt: created, family: 'plutonium' as never },
    ]);
    const after = await loadDeviceRecords({ range: YEAR_2025 });
    expect(after.flux.length).toBe(before.flux.length + 1);
    expect(after.unreadable).toBe(before.unreadable + 1);
    await db().flux.bulkDelete(['odd-meta', 'odd-family']);
  });
});
